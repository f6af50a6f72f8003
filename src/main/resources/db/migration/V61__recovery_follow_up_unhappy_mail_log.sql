-- the idempotency key of the mail that tells the customer-service manager an owner answered "no" on the
-- follow-up survey: the outbox may hand the mail out again while the first try still runs
create table recovery_follow_up_unhappy_mail_sent (
    case_id   uuid         not null,
    recipient varchar(320) not null,
    sent_at   datetime(6)  not null,
    primary key (case_id, recipient)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;
