-- the "did we make it right?" survey sent some days after a case is closed; one per case, answered once
create table recovery_follow_up (
    id            uuid          not null primary key,
    case_id       uuid          not null,
    store_id      uuid          not null,
    status        varchar(20)   not null,
    due_at        datetime(6)   not null,
    scheduled_at  datetime(6)   not null,
    token_hash    char(64),
    sent_at       datetime(6),
    expires_at    datetime(6),
    cancelled_at  datetime(6),
    cancel_reason varchar(20),
    answered_at   datetime(6),
    made_right    varchar(10),
    satisfaction  int,
    answer_comment varchar(2000),
    version       int           not null default 0,
    constraint recovery_follow_up_one_per_case unique (case_id),
    constraint recovery_follow_up_token unique (token_hash),
    constraint recovery_follow_up_case foreign key (case_id) references recovery_case (id),
    key recovery_follow_up_due (status, due_at)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;
