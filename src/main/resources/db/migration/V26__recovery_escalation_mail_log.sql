-- the idempotency key of escalation mails: the outbox may hand a mail out again while the first try still runs
create table recovery_escalation_mail_sent (
    case_id   uuid         not null,
    breach    varchar(20)  not null,
    recipient varchar(320) not null,
    sent_at   datetime(6)  not null,
    primary key (case_id, breach, recipient)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;
