-- Questionnaires are versioned: a version is never changed once created, so every response keeps the exact
-- questions and weights it was answered with. Version numbers are unique across all questionnaires.
create table questionnaire (
    version        int          not null primary key,
    name           varchar(100) not null,
    template       varchar(20)  not null,
    based_on       int,
    weight_si      int          not null,
    weight_sa      int          not null,
    weight_sq      int          not null,
    weight_sf      int          not null,
    weight_vp      int          not null,
    created_at     datetime(6)  not null
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;

create table questionnaire_item (
    questionnaire_version int          not null,
    position              int          not null,
    item_id               varchar(16)  not null,
    factor                varchar(2)   not null,
    text_zh               varchar(300) not null,
    text_en               varchar(300) not null,
    primary key (questionnaire_version, item_id),
    constraint questionnaire_item_questionnaire foreign key (questionnaire_version) references questionnaire (version)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;

-- which version a store's new surveys use; stores without a row use the standard questionnaire
create table store_questionnaire (
    store_id              uuid not null primary key,
    questionnaire_version int  not null,
    constraint store_questionnaire_version foreign key (questionnaire_version) references questionnaire (version)
) engine = InnoDB;

insert into questionnaire values
    (1, 'Standard', 'STANDARD', null, 21, 19, 22, 20, 18, '2026-11-27 00:00:00'),
    (2, 'Quick pulse', 'QUICK_PULSE', null, 21, 19, 22, 20, 18, '2026-11-27 00:00:00');

insert into questionnaire_item values
    (1, 1, 'SI1', 'SI', '预约或联系服务的便利程度', 'Ease of arranging the service visit'),
    (1, 2, 'SI2', 'SI', '到店后接待的及时性', 'Promptness of the greeting on arrival'),
    (1, 3, 'SI3', 'SI', '接车与问诊的效率', 'Efficiency of vehicle drop-off and write-up'),
    (1, 4, 'SA1', 'SA', '服务顾问的礼貌与态度', 'Courtesy of your service advisor'),
    (1, 5, 'SA2', 'SA', '施工前对项目和费用的解释', 'Explanation of the work and cost before it started'),
    (1, 6, 'SA3', 'SA', '对您需求的理解与进度告知', 'Understanding your needs and keeping you informed'),
    (1, 7, 'SQ1', 'SQ', '一次修好', 'Work done right the first time'),
    (1, 8, 'SQ2', 'SQ', '按承诺时间完工', 'Work finished in the promised time'),
    (1, 9, 'SQ3', 'SQ', '维修保养的整体质量', 'Overall quality of the work'),
    (1, 10, 'SF1', 'SF', '进出与停车的便利', 'Ease of access and parking'),
    (1, 11, 'SF2', 'SF', '服务区域的整洁', 'Cleanliness of the service area'),
    (1, 12, 'SF3', 'SF', '休息区的舒适度', 'Comfort of the customer lounge'),
    (1, 13, 'VP1', 'VP', '交车时对所做工作的说明', 'Explanation of the work done, at pick-up'),
    (1, 14, 'VP2', 'VP', '费用的合理性', 'Fairness of the charges'),
    (1, 15, 'VP3', 'VP', '交车时车辆的清洁状况', 'Condition and cleanliness of the car at pick-up'),
    (2, 1, 'QSI', 'SI', '预约与到店接待', 'Arranging the visit and the welcome'),
    (2, 2, 'QSA', 'SA', '服务顾问的服务', 'Your service advisor'),
    (2, 3, 'QSQ', 'SQ', '维修保养的质量', 'Quality of the work'),
    (2, 4, 'QSF', 'SF', '门店环境与设施', 'The dealership and its facilities'),
    (2, 5, 'QVP', 'VP', '交车体验', 'Picking up your car');
