-- Issue 13 (PIPL): erasure on request and the retention job (ADR 0050).

-- When a visit's personal data was erased (on request or by the retention job); the job takes the oldest visits
-- not yet erased, a thousand at a time, through this key.
alter table visit
    add column erased_at datetime(6) null,
    add key visit_retention (erased_at, delivered_at);

-- The outbox's stored events that carry an owner's data (VisitDelivered, SurveyAnswered, ResponseScored,
-- AlertRaised, AlertMailDue) all name the visit at the top: the erasure finds them through this key instead of
-- reading every stored payload. Computed by the database, so Spring Modulith writes the table as before.
alter table event_publication
    add column visit_id varchar(36) as (left(json_value(serialized_event, '$.visitId'), 36)) virtual,
    add key event_publication_by_visit (visit_id);

-- Opt-outs become keyed hashes (HMAC-SHA256 with csi.privacy.hash-key) of the e-mail's SHA-256 or of the mobile:
-- what an erased owner is still known by, so that they stay opted out. V68 (invitation.internal.KeyedOptOuts)
-- turns the existing SHA-256 rows into keyed ones with the key of the running app.
alter table invitation_opt_out
    change column email_hash owner_key char(64) not null,
    add column kind varchar(8) not null default 'EMAIL';
