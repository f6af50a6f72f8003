create table store (
    id            uuid         not null primary key,
    code          varchar(32)  not null,
    name          varchar(200) not null,
    time_zone     varchar(64)  not null,
    contact_phone varchar(40),
    api_key_hash  char(64),
    created_at    datetime(6)  not null,
    constraint store_code_unique unique (code),
    constraint store_api_key_unique unique (api_key_hash)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;

create table staff_member (
    id            uuid         not null primary key,
    name          varchar(100) not null,
    email         varchar(254) not null,
    password_hash varchar(200) not null,
    language      varchar(8)   not null,
    staff_code    varchar(32),
    active        boolean      not null default true,
    constraint staff_email_unique unique (email)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;

create table staff_role (
    staff_id uuid        not null,
    role     varchar(40) not null,
    primary key (staff_id, role),
    constraint staff_role_staff foreign key (staff_id) references staff_member (id)
) engine = InnoDB;

create table staff_store (
    staff_id uuid not null,
    store_id uuid not null,
    primary key (staff_id, store_id),
    key staff_store_by_store (store_id),
    constraint staff_store_staff foreign key (staff_id) references staff_member (id),
    constraint staff_store_store foreign key (store_id) references store (id)
) engine = InnoDB;
