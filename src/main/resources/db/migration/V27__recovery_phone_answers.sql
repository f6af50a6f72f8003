-- Issue 5: an answer taken by customer-service staff during a revisit call is marked as such, with who took it.
-- The name is kept beside the id so the answer shows who took it even after the account is renamed or removed.
alter table survey_response
    add column answered_channel varchar(8) not null default 'WEB',
    add column answered_by      uuid,
    add column answered_by_name varchar(200);
