-- Issue 14, part 4: topics and sentiment of every owner's comment (ADR 0059). No words of the comment are stored:
-- a comment is named by its source (ANSWER: the survey, also when given by phone; FOLLOW_UP: the follow-up
-- survey) and that source's id.
create table topic_comment (
    source            varchar(12)  not null,
    source_id         uuid         not null,
    store_id          uuid         not null,
    day               date         not null,
    written_at        datetime(6)  not null,
    csi               double,
    machine_tags      varchar(700) not null,
    machine_sentiment varchar(8)   not null,
    staff_sentiment   varchar(8),
    tagged_at         datetime(6)  not null,
    corrected_by      varchar(200),
    corrected_at      datetime(6),
    primary key (source, source_id),
    key topic_comment_store_day (store_id, day)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;

-- the tags in force: the machine's, with staff corrections applied; one row per comment and topic
create table topic_tag (
    source     varchar(12) not null,
    source_id  uuid        not null,
    topic      varchar(32) not null,
    sentiment  varchar(8)  not null,
    origin     varchar(8)  not null,
    store_id   uuid        not null,
    day        date        not null,
    written_at datetime(6) not null,
    csi        double,
    primary key (source, source_id, topic),
    key topic_tag_store_day (store_id, day),
    key topic_tag_latest (store_id, topic, written_at)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;

-- what staff said about a comment's topic: present (added or kept, with a sentiment) or not (removed); the last
-- word per topic is kept and wins over every later run of the tagger
create table topic_correction (
    source        varchar(12)  not null,
    source_id     uuid         not null,
    topic         varchar(32)  not null,
    present       boolean      not null,
    sentiment     varchar(8),
    corrected_by  varchar(200) not null,
    corrected_at  datetime(6)  not null,
    primary key (source, source_id, topic)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;

-- the dashboard's and digest's figures, per store, store day and topic; rebuilt for one store day on every tagging
create table topic_daily (
    store_id uuid        not null,
    day      date        not null,
    topic    varchar(32) not null,
    mentions int         not null,
    negative int         not null,
    csi_sum  double      not null,
    csi_n    int         not null,
    primary key (store_id, day, topic)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;

-- administrators' words, added to the standard dealer dictionary
create table topic_dictionary_word (
    id        bigint       not null auto_increment primary key,
    language  varchar(8)   not null,
    term      varchar(60)  not null,
    role      varchar(16)  not null,
    topic     varchar(32),
    added_by  varchar(200) not null,
    added_at  datetime(6)  not null,
    constraint topic_dictionary_word_once unique (language, term, role)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;
