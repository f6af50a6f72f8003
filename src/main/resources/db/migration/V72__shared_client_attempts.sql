-- Issue 11: failed personal-link look-ups and failed log-ins counted in the database, so every app node of a
-- cluster sees the same count and a guesser spreading tries over the nodes gets no more of them (ADR 0055).
-- The client (address or e-mail) is kept only as its SHA-256.
create table client_attempt (
    scope       varchar(32) not null,
    client_hash char(64)    not null,
    first_at    datetime(6) not null,
    last_at     datetime(6) not null,
    attempts    int         not null,
    primary key (scope, client_hash),
    key client_attempt_last (last_at)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;
