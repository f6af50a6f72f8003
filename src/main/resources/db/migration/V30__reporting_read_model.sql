-- The reporting read model (ADR 0030): one narrow row per response and per delivered visit, filled from
-- events, with every figure the dashboard aggregates, so a dashboard is a few indexed range scans on one
-- table instead of joins across four features' tables.
create table report_response (
    response_id  uuid         not null primary key,
    visit_id     uuid         not null,
    store_id     uuid         not null,
    advisor_id   uuid,
    advisor_name varchar(100),
    submitted_at datetime(6),
    -- the store's local date of the answer: periods are calendar days where the store is
    day          date,
    answered     boolean      not null default false,
    scored       boolean      not null default false,
    overall      tinyint,
    nps          tinyint,
    owner_comment text,
    csi          double,
    f_si         double,
    f_sa         double,
    f_sq         double,
    f_sf         double,
    f_vp         double,
    -- item ratings of questionnaire v1; null = not applicable (or not yet known while answered = false)
    i_si1 tinyint, i_si2 tinyint, i_si3 tinyint,
    i_sa1 tinyint, i_sa2 tinyint, i_sa3 tinyint,
    i_sq1 tinyint, i_sq2 tinyint, i_sq3 tinyint,
    i_sf1 tinyint, i_sf2 tinyint, i_sf3 tinyint,
    i_vp1 tinyint, i_vp2 tinyint, i_vp3 tinyint,
    alert_level  varchar(8),
    key report_response_by_store_day (store_id, day),
    key report_response_by_advisor_day (advisor_id, day),
    key report_response_latest (store_id, submitted_at)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;

create table report_visit (
    visit_id     uuid        not null primary key,
    store_id     uuid        not null,
    advisor_id   uuid,
    delivered_at datetime(6),
    day          date,
    -- the first answer's time; a response within the revisit window counts as a revisit
    responded_at datetime(6),
    key report_visit_by_store_day (store_id, day)
) engine = InnoDB;
