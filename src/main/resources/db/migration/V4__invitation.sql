create table invitation (
    id          uuid        not null primary key,
    visit_id    uuid        not null,
    store_id    uuid        not null,
    language    varchar(8)  not null,
    state       varchar(20) not null,
    due_at      datetime(6) not null,
    sent_at     datetime(6),
    expires_at  datetime(6),
    answered_at datetime(6),
    token_hash  char(64),
    version     int         not null default 0,
    constraint invitation_one_per_visit unique (visit_id),
    constraint invitation_token_unique unique (token_hash),
    key invitation_due (state, due_at)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;
