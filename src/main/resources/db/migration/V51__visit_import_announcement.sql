-- Issue 3a: a visit stored by a file import is announced (VisitDelivered into the outbox) by the background
-- announcer, a few hundred at a time, instead of all at once in the import's transactions. NULL = still to be
-- announced; visits from the API and the form are announced in the transaction that stores them.
alter table visit add column announced_at datetime(6) null;
update visit set announced_at = received_at;
create index visit_unannounced on visit (announced_at, received_at);
