-- Issue 3a: the column mapping of a store's DMS export, remembered so the next import is pre-filled.
create table visit_import_mapping (
    id                   uuid         not null primary key,
    store_id             uuid         not null,
    columns_text         text         not null,
    default_service_type varchar(20)  not null,
    default_language     varchar(8)   not null,
    updated_at           datetime(6)  not null,
    constraint visit_import_mapping_store unique (store_id)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;
