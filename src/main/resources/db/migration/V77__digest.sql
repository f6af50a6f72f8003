-- Issue 14, part 6: the weekly digest (ADR 0061).

-- a member of staff's own choice; no row means the digest is on
create table digest_subscription (
    staff_id   uuid        not null primary key,
    subscribed boolean     not null,
    changed_at datetime(6) not null
) engine = InnoDB;

-- one row per member of staff and week, inserted by the tick before it queues the mail: the primary key is what
-- keeps two instances ticking at once, or a second tick, from queueing the same week twice
create table digest_week (
    staff_id   uuid        not null,
    monday     date        not null,
    claimed_at datetime(6) not null,
    primary key (staff_id, monday)
) engine = InnoDB;

-- the idempotency key of the mail itself (StaffMailer): the outbox may hand a publication out again
create table digest_mail_sent (
    staff_id  uuid         not null,
    monday    date         not null,
    recipient varchar(320) not null,
    sent_at   datetime(6)  not null,
    primary key (staff_id, monday, recipient)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;
