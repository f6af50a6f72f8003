create table survey_response (
    id                    uuid        not null primary key,
    invitation_id         uuid        not null,
    visit_id              uuid        not null,
    store_id              uuid        not null,
    questionnaire_version int         not null,
    overall               tinyint     not null,
    nps                   tinyint     not null,
    owner_comment         text,
    contact_consent       boolean     not null,
    submitted_at          datetime(6) not null,
    -- the last line of defence for "one answer per link"
    constraint survey_response_one_per_invitation unique (invitation_id),
    key survey_response_by_store (store_id, submitted_at)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;

create table survey_answer (
    response_id uuid       not null,
    item_id     varchar(8) not null,
    rating      tinyint,
    primary key (response_id, item_id),
    constraint survey_answer_response foreign key (response_id) references survey_response (id)
) engine = InnoDB;
