-- The link printed as a QR code on the pick-up sheet, for owners who answer at the counter (hash only).
alter table invitation
    add column counter_token_hash char(64),
    add constraint invitation_counter_token_unique unique (counter_token_hash);
