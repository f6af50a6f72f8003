-- the idempotency key of webhook posts: one row per alert and channel, written in the posting transaction
create table alert_webhook_sent (
    alert_id    uuid        not null,
    channel_key char(64)    not null,
    sent_at     datetime(6) not null,
    primary key (alert_id, channel_key)
) engine = InnoDB;
