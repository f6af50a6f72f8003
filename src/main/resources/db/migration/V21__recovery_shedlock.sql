-- ShedLock's table: one row per scheduled job, so only one app instance runs it at a time
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null default current_timestamp(3),
    locked_by  varchar(255) not null
) engine = InnoDB;
