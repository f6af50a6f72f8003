-- A store's logo (PNG or JPEG, at most 200 KB), kept in the database so that every instance serves it and
-- backups include it (decision 0034).
create table store_logo (
    store_id     uuid         not null primary key,
    content_type varchar(20)  not null,
    image        mediumblob   not null,
    updated_at   datetime(6)  not null,
    constraint store_logo_store foreign key (store_id) references store (id) on delete cascade
) engine = InnoDB;
