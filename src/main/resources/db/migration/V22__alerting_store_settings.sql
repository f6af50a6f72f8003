-- each store's alert rules and recipients; a store without a row uses the brief's defaults
create table alert_store_settings (
    id         uuid         not null primary key,
    store_id   uuid         not null,
    settings   text         not null,
    updated_at datetime(6)  not null,
    updated_by varchar(200) not null,
    version    int          not null default 0,
    constraint alert_store_settings_one_per_store unique (store_id)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;

-- every saved version, so a change of thresholds can be traced
create table alert_store_settings_history (
    id         uuid         not null primary key,
    store_id   uuid         not null,
    settings   text         not null,
    changed_at datetime(6)  not null,
    changed_by varchar(200) not null,
    key alert_store_settings_history_by_store (store_id, changed_at)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;
