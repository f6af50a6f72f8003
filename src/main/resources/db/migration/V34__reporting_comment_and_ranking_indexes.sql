-- Measured with 1,000,000 answers (README): the ranking still read the wide rows for the advisor's name, and the
-- latest comments looked up every recent answer to see whether it had one. Both become index-only range reads.
drop index report_daily_ranking on report_daily;
create index report_daily_ranking on report_daily
    (store_id, day, advisor_id, advisor_name, responses, csi_sum, csi_n, alerts);

alter table report_response add column has_comment boolean as (owner_comment is not null) persistent,
    add index report_response_comments (store_id, has_comment, submitted_at);
