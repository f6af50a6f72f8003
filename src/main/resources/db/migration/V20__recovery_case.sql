create table recovery_case (
    id                       uuid         not null primary key,
    alert_id                 uuid         not null,
    response_id              uuid         not null,
    visit_id                 uuid         not null,
    store_id                 uuid         not null,
    alert_level              varchar(8)   not null,
    status                   varchar(20)  not null,
    owner_staff_id           uuid,
    owner_name               varchar(200),
    advisor_name             varchar(200) not null,
    opened_at                datetime(6)  not null,
    acknowledge_due          datetime(6)  not null,
    first_contact_due        datetime(6)  not null,
    close_due                datetime(6)  not null,
    acknowledged_at          datetime(6),
    first_contact_at         datetime(6),
    closed_at                datetime(6),
    outcome                  varchar(20),
    acknowledge_escalated_at datetime(6),
    close_escalated_at       datetime(6),
    version                  int          not null default 0,
    constraint recovery_case_one_per_alert unique (alert_id),
    key recovery_case_by_store (store_id, status, opened_at),
    key recovery_case_due (status, acknowledge_due),
    key recovery_case_close_due (status, close_due)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;

create table recovery_case_step (
    id                  uuid          not null primary key,
    case_id             uuid          not null,
    step                varchar(20)   not null,
    note                varchar(2000) not null,
    new_ro_number       varchar(64),
    atonement_what      varchar(200),
    atonement_value_cny decimal(12, 2),
    done_at             datetime(6)   not null,
    done_by             varchar(200)  not null,
    constraint recovery_case_step_case foreign key (case_id) references recovery_case (id)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;

create table recovery_contact_attempt (
    id           uuid          not null primary key,
    case_id      uuid          not null,
    attempted_at datetime(6)   not null,
    channel      varchar(20)   not null,
    result       varchar(20)   not null,
    note         varchar(2000) not null,
    attempted_by varchar(200)  not null,
    constraint recovery_contact_attempt_case foreign key (case_id) references recovery_case (id)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;

-- the audit trail: rows are only ever inserted
create table recovery_case_audit (
    id          uuid          not null primary key,
    case_id     uuid          not null,
    position    int           not null,
    happened_at datetime(6)   not null,
    actor       varchar(200)  not null,
    action      varchar(40)   not null,
    detail      varchar(4000) not null,
    constraint recovery_case_audit_case foreign key (case_id) references recovery_case (id)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;
