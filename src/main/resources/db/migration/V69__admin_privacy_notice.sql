-- A store's own privacy notice, per language (issue 13, decision 0053). Without a row the default text of the
-- message bundles applies, filled in with the store's name, phone and the retention period.
create table privacy_notice (
    store_id    uuid          not null,
    language    varchar(8)    not null,
    body        text          not null,
    updated_at  datetime(6)   not null,
    updated_by  varchar(200)  not null,
    primary key (store_id, language),
    constraint privacy_notice_store foreign key (store_id) references store (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;
