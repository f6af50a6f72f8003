-- A visit naming an advisor the store has not set up (a new one, a typo, a leaver) is kept and surveyed; its
-- advisor stays "not matched" (no advisor_id) until an administrator says who it is.
alter table visit modify advisor_id uuid null;
create index visit_unmatched_advisor on visit (store_id, advisor_id, advisor_name);

-- what a store's DMS calls an advisor, once matched: later visits naming it go to that advisor at once
create table visit_advisor_alias (
    id         uuid         not null primary key,
    store_id   uuid         not null,
    name_key   varchar(100) not null,
    staff_id   uuid         not null,
    created_at datetime(6)  not null,
    created_by varchar(200) not null,
    constraint visit_advisor_alias_name unique (store_id, name_key)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;
