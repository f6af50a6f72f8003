create table visit (
    id            uuid         not null primary key,
    store_id      uuid         not null,
    ro_number     varchar(40)  not null,
    owner_name    varchar(100) not null,
    email         varchar(254) not null,
    phone         varchar(32)  not null,
    plate         varchar(16)  not null,
    vin           char(17),
    model         varchar(80)  not null,
    service_type  varchar(20)  not null,
    advisor_id    uuid         not null,
    advisor_name  varchar(100) not null,
    delivered_at  datetime(6)  not null,
    language      varchar(8)   not null,
    received_at   datetime(6)  not null,
    constraint visit_ro_unique unique (store_id, ro_number),
    key visit_by_store_and_delivery (store_id, delivered_at)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;
