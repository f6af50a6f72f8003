-- Issue 14, part 1: targets a store (or the whole group) sets itself for a year, with monthly overrides (ADR 0056).
-- store_id 00000000-0000-0000-0000-000000000000 is the group's default; month 0 is the whole year. A metric
-- without a row has no target at that level, and the next level down the resolution order applies.
create table target (
    store_id     uuid          not null,
    year         smallint      not null,
    month        tinyint       not null,
    metric       varchar(24)   not null,
    target_value decimal(6, 1) not null,
    updated_at   datetime(6)   not null,
    updated_by   varchar(200)  not null,
    primary key (store_id, year, month, metric)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;
