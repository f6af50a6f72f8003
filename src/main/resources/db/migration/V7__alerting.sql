create table alert (
    id          uuid        not null primary key,
    response_id uuid        not null,
    store_id    uuid        not null,
    alert_level varchar(8)  not null,
    raised_at   datetime(6) not null,
    constraint alert_one_per_response unique (response_id),
    key alert_by_store (store_id, raised_at)
) engine = InnoDB;

create table alert_fired_rule (
    alert_id   uuid         not null,
    rule       varchar(40)  not null,
    rule_level varchar(8)   not null,
    detail     varchar(200) not null,
    constraint alert_fired_rule_alert foreign key (alert_id) references alert (id)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;
