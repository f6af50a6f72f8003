-- the revisit desk's own view of visits: delivered, answered, and the calls made to owners who did not answer
create table revisit_visit (
    visit_id     uuid        not null primary key,
    store_id     uuid        not null,
    delivered_at datetime(6) not null,
    answered_at  datetime(6),
    outcome      varchar(20),
    last_call_at datetime(6),
    calls        int         not null default 0,
    reached_at   datetime(6),
    version      int         not null default 0,
    key revisit_visit_due (store_id, answered_at, delivered_at)
) engine = InnoDB;

create table revisit_call (
    id        uuid         not null primary key,
    visit_id  uuid         not null,
    called_at datetime(6)  not null,
    result    varchar(20)  not null,
    note      varchar(500) not null,
    called_by varchar(200) not null,
    constraint revisit_call_visit foreign key (visit_id) references revisit_visit (visit_id)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;
