-- Issue 5: a store's own case due times in hours; a store without a row uses csi.recovery.*.
create table recovery_store_due_times (
    store_id                 uuid         not null primary key,
    acknowledge_hours        int          not null,
    first_contact_hours      int          not null,
    close_hours              int          not null,
    updated_at               datetime(6)  not null,
    updated_by               varchar(200) not null,
    version                  int          not null default 0
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;
