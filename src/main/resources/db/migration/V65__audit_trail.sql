-- The audit trail (ADR 0047): append-only. Every entry carries the SHA-256 of the entry before it, so an edit
-- made outside the app (triggers dropped, a restored dump changed) shows when the chain is walked.
create table audit_entry (
    seq        bigint       not null primary key,
    at         datetime(6)  not null,
    actor      varchar(320) not null,
    actor_role varchar(200) not null,
    action     varchar(40)  not null,
    store_id   uuid,
    subject    varchar(320) not null,
    details    text         not null,
    prev_hash  char(64)     not null,
    hash       char(64)     not null,
    key audit_entry_at (at),
    key audit_entry_store_at (store_id, at),
    key audit_entry_action_at (action, at),
    key audit_entry_actor_at (actor, at)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;

-- The head of the chain: appends lock this one row (select ... for update), so two app nodes never append with
-- the same previous hash. The anchor is the hash the oldest kept entry follows once the retention job removed
-- older ones (all zeros while nothing was removed).
create table audit_chain (
    id          tinyint  not null primary key,
    last_seq    bigint   not null,
    last_hash   char(64) not null,
    anchor_seq  bigint   not null,
    anchor_hash char(64) not null
) engine = InnoDB;

insert into audit_chain (id, last_seq, last_hash, anchor_seq, anchor_hash)
values (1, 0, repeat('0', 64), 0, repeat('0', 64));

-- a case's own history names its store and the staff member, so each new line can go into the trail with them
alter table recovery_case_audit
    add column store_id       uuid,
    add column actor_staff_id uuid;

DELIMITER $$

create trigger audit_entry_no_update before update on audit_entry for each row
begin
    signal sqlstate '45000' set message_text = 'audit_entry is append-only: entries are never changed';
end$$

-- Only the retention job deletes, and only what it names as older than the retention period: it sets
-- @csi_audit_purge_before for its own statement and clears it afterwards.
create trigger audit_entry_no_delete before delete on audit_entry for each row
begin
    if @csi_audit_purge_before is null or old.at >= @csi_audit_purge_before then
        signal sqlstate '45000' set message_text = 'audit_entry is append-only: only entries older than the retention period are removed';
    end if;
end$$

create trigger audit_chain_no_delete before delete on audit_chain for each row
begin
    signal sqlstate '45000' set message_text = 'audit_chain keeps the head of the audit trail';
end$$

DELIMITER ;
