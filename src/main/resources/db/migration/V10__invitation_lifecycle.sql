-- The invitation's whole life: why it was skipped, its reminder, expiry and delivery failures.
alter table invitation
    add column email_hash          char(64),
    add column skip_reason         varchar(30),
    add column reminder_due_at     datetime(6),
    add column reminder_queued     boolean      not null default false,
    add column reminded_at         datetime(6),
    add column reminder_token_hash char(64),
    add column closed_at           datetime(6),
    add column failure             varchar(300),
    add column created_at          datetime(6),
    add constraint invitation_reminder_token_unique unique (reminder_token_hash),
    add key invitation_by_email (email_hash, store_id),
    add key invitation_reminder_due (state, reminder_due_at),
    add key invitation_expiry (state, expires_at),
    add key invitation_by_store_and_state (store_id, state, due_at);

-- Owners who asked for no more survey mails, by the SHA-256 of their lower-case e-mail: honoured by every store.
create table invitation_opt_out (
    email_hash     char(64)    not null primary key,
    opted_out_at   datetime(6) not null
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;

-- A store's own timing, where it differs from the csi.invitation.* defaults (null = the default).
create table invitation_store_policy (
    store_id              uuid not null primary key,
    delay_minutes         int,
    quiet_start           time,
    quiet_end             time,
    reminder_after_hours  int
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;
