-- Issue 14, part 5: action plans on a weak factor, item, topic or cause (ADR 0060). The subject is stored as its
-- kind and stable code, with the factor it belongs to, so a plan still reads after a cause list changes.
create table action_plan (
    id                  uuid          not null primary key,
    version             int           not null,
    store_id            uuid          not null,
    subject_kind        varchar(10)   not null,
    subject_code        varchar(64)   not null,
    subject_factor      varchar(2)    not null,
    problem             varchar(2000) not null,
    measures            varchar(4000) not null,
    owner_staff_id      uuid          not null,
    owner_name          varchar(200)  not null,
    due_date            date          not null,
    status              varchar(12)   not null,
    opened_at           datetime(6)   not null,
    opened_by           varchar(200)  not null,
    started_at          datetime(6),
    finished_at         datetime(6),
    result_note         varchar(2000),
    -- the due date for which the owner was told "due tomorrow" / "overdue"; a new due date is told again
    soon_reminded_for   date,
    overdue_reminded_for date,
    key action_plan_store_status (store_id, status, due_date),
    key action_plan_owner (owner_staff_id, status),
    key action_plan_due (status, due_date)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;

-- every change to a plan: what, when, by whom, and what was entered with it
create table action_plan_history (
    id          uuid          not null primary key,
    plan_id     uuid          not null,
    position    int           not null,
    happened_at datetime(6)   not null,
    actor       varchar(200)  not null,
    actor_staff_id uuid,
    action      varchar(20)   not null,
    detail      varchar(4000) not null,
    key action_plan_history_plan (plan_id, position),
    constraint action_plan_history_plan foreign key (plan_id) references action_plan (id)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;

-- the idempotency key of reminder mails: once per plan, kind, due date and recipient
create table plan_reminder_mail_sent (
    plan_id   uuid         not null,
    kind      varchar(10)  not null,
    due_date  date         not null,
    recipient varchar(320) not null,
    sent_at   datetime(6)  not null,
    primary key (plan_id, kind, due_date, recipient)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;
