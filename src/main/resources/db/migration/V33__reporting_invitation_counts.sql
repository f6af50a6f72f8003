-- Invitations sent per store and finished store-local day, counted once through Invitations.countSentByStore
-- and kept (ADR 0030): a finished day's count never changes, and a year of a group is 18,000 rows here instead
-- of 1,250,000 invitations to count at every dashboard.
create table report_invitation_daily (
    store_id uuid not null,
    day      date not null,
    sent     int  not null,
    primary key (store_id, day)
) engine = InnoDB;
