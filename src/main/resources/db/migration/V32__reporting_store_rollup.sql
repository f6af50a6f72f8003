-- Store-level daily roll-up (ADR 0030): the advisor dimension multiplies report_daily by the number of
-- advisors; views that do not need it (every view but an advisor's own and the ranking) read this one.
create table report_store_daily like report_daily;
alter table report_store_daily drop index report_daily_by_advisor, drop primary key, drop column advisor_id,
    drop column advisor_name, add primary key (store_id, day);
insert into report_store_daily select store_id, day, sum(responses), sum(csi_sum), sum(csi_n),
    sum(os_1), sum(os_2), sum(os_3), sum(os_4), sum(os_5), sum(os_6), sum(os_7), sum(os_8), sum(os_9), sum(os_10),
    sum(promoters), sum(detractors), sum(alerts),
    sum(f_si_sum), sum(f_si_n), sum(f_sa_sum), sum(f_sa_n), sum(f_sq_sum), sum(f_sq_n), sum(f_sf_sum), sum(f_sf_n),
    sum(f_vp_sum), sum(f_vp_n),
    sum(i_si1_sum), sum(i_si1_n), sum(i_si2_sum), sum(i_si2_n), sum(i_si3_sum), sum(i_si3_n),
    sum(i_sa1_sum), sum(i_sa1_n), sum(i_sa2_sum), sum(i_sa2_n), sum(i_sa3_sum), sum(i_sa3_n),
    sum(i_sq1_sum), sum(i_sq1_n), sum(i_sq2_sum), sum(i_sq2_n), sum(i_sq3_sum), sum(i_sq3_n),
    sum(i_sf1_sum), sum(i_sf1_n), sum(i_sf2_sum), sum(i_sf2_n), sum(i_sf3_sum), sum(i_sf3_n),
    sum(i_vp1_sum), sum(i_vp1_n), sum(i_vp2_sum), sum(i_vp2_n), sum(i_vp3_sum), sum(i_vp3_n)
    from report_daily group by store_id, day;

-- the advisor ranking reads only these columns: an index-only scan instead of the wide rows
create index report_daily_ranking on report_daily (store_id, day, advisor_id, responses, csi_sum, csi_n, alerts);
