-- Spring Modulith's JPA event publication registry: the transactional outbox of every feature.
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       longtext      not null,
    publication_date       datetime(6)   not null,
    completion_date        datetime(6),
    status                 varchar(20),
    completion_attempts    int           not null default 0,
    last_resubmission_date datetime(6),
    key event_publication_incomplete (completion_date, publication_date)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;
