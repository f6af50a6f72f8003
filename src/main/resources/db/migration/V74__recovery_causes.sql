-- Issue 14, part 2: root causes of recovery cases (ADR 0058). A two-level list, factor then cause, seeded with the
-- codes of topics.Topic so cause and topic reports line up. Names are data because administrators rename them;
-- the seed uses the words of the messages-topics bundles. A used cause is never deleted, only retired: the foreign
-- key from recovery_case_cause makes that a rule of the database too.
create table recovery_cause (
    id         uuid         not null primary key,
    code       varchar(40)  not null,
    factor     varchar(24)  not null,
    name_en    varchar(100) not null,
    name_zh    varchar(100) not null,
    position   int          not null,
    retired_at datetime(6),
    version    int          not null default 0,
    constraint recovery_cause_code unique (code)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;

insert into recovery_cause (id, code, factor, name_en, name_zh, position) values
    (uuid(), 'SI.APPOINTMENT', 'SERVICE_INITIATION', 'Appointment and booking', '预约', 10),
    (uuid(), 'SI.WAITING', 'SERVICE_INITIATION', 'Waiting time too long', '等待时间过长', 20),
    (uuid(), 'SI.RECEPTION', 'SERVICE_INITIATION', 'Greeting and write-up on arrival', '到店接待与问诊', 30),
    (uuid(), 'SA.ATTITUDE', 'SERVICE_ADVISOR', 'Attitude and courtesy', '服务态度', 40),
    (uuid(), 'SA.CHARGES_EXPLAINED', 'SERVICE_ADVISOR', 'Charges not explained', '费用解释不清', 50),
    (uuid(), 'SA.COMMUNICATION', 'SERVICE_ADVISOR', 'Communication and progress updates', '沟通/进度告知', 60),
    (uuid(), 'SA.KNOWLEDGE', 'SERVICE_ADVISOR', 'Advisor''s knowledge', '服务顾问专业程度', 70),
    (uuid(), 'SA.UPSELLING', 'SERVICE_ADVISOR', 'Pushy selling', '过度推销', 80),
    (uuid(), 'SQ.FIXED_FIRST_TIME', 'SERVICE_QUALITY', 'Not fixed the first time', '一次修复未成功', 90),
    (uuid(), 'SQ.ON_TIME', 'SERVICE_QUALITY', 'Not finished when promised', '未按承诺时间完工', 100),
    (uuid(), 'SQ.WORKMANSHIP', 'SERVICE_QUALITY', 'Quality of the work', '维修保养质量', 110),
    (uuid(), 'SF.PARKING', 'SERVICE_FACILITY', 'Parking and access', '设施/停车', 120),
    (uuid(), 'SF.ENVIRONMENT', 'SERVICE_FACILITY', 'Cleanliness of the facility', '服务区域整洁', 130),
    (uuid(), 'SF.LOUNGE', 'SERVICE_FACILITY', 'Customer lounge', '休息区', 140),
    (uuid(), 'VP.WORK_EXPLAINED', 'VEHICLE_PICKUP', 'Work explained at pick-up', '交车说明', 150),
    (uuid(), 'VP.VALUE', 'VEHICLE_PICKUP', 'Value for money', '费用合理性', 160),
    (uuid(), 'VP.CAR_CLEAN', 'VEHICLE_PICKUP', 'Car cleanliness at pick-up', '车辆清洁', 170);

create table recovery_case_cause (
    case_id  uuid not null,
    cause_id uuid not null,
    primary key (case_id, cause_id),
    constraint recovery_case_cause_case foreign key (case_id) references recovery_case (id),
    constraint recovery_case_cause_cause foreign key (cause_id) references recovery_cause (id),
    key recovery_case_cause_by_cause (cause_id)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;

-- What the answer that opened the case scored, kept on the case for lost points and the recovery rate, so the
-- reports read one table. Recorded at closing; filled here for the cases that exist.
alter table recovery_case
    add column answer_csi     double,
    add column answer_overall tinyint;

update recovery_case c
    left join response_score s on s.response_id = c.response_id
    left join survey_response r on r.id = c.response_id
set c.answer_csi = s.csi, c.answer_overall = r.overall;

-- reports pick cases by the month they closed
alter table recovery_case add key recovery_case_closed (store_id, closed_at);
