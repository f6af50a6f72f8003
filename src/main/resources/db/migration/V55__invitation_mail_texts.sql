-- A store's own wording of the invitation and reminder mails, per language (decision 0014). Without a row the
-- default texts of the message bundles apply; only the parts a store may change are stored.
create table invitation_mail_text (
    id          uuid          not null primary key,
    store_id    uuid          not null,
    kind        varchar(20)   not null,
    language    varchar(8)    not null,
    subject     varchar(200)  not null,
    greeting    varchar(200)  not null,
    intro       text          not null,
    closing     text          not null,
    updated_at  datetime(6)   not null,
    updated_by  varchar(200)  not null,
    constraint invitation_mail_text_one unique (store_id, kind, language)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;
