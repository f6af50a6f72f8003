-- every scored response is evaluated once, with or without an alert
create table alert_evaluation (
    response_id  uuid        not null primary key,
    store_id     uuid        not null,
    evaluated_at datetime(6) not null
) engine = InnoDB;

-- running sums per store and factor, so an alert mail can set the answer beside the store's average
create table alert_store_factor_stats (
    store_id  uuid        not null,
    factor    varchar(40) not null,
    score_sum double      not null,
    answers   int         not null,
    primary key (store_id, factor)
) engine = InnoDB;

-- the idempotency key of alert mails: one row per alert and recipient, written in the sending transaction
create table alert_mail_sent (
    alert_id  uuid         not null,
    recipient varchar(320) not null,
    sent_at   datetime(6)  not null,
    primary key (alert_id, recipient)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;
