-- Unfinished answers, so an owner can leave the survey and come back to where they stopped.
create table survey_draft (
    invitation_id         uuid        not null primary key,
    -- the version the owner was shown, even if the store switches meanwhile
    questionnaire_version int         not null,
    step                  int         not null,
    answers_json  text        not null,
    updated_at    datetime(6) not null
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;
