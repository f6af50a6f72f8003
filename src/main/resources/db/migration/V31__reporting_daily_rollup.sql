-- Daily roll-ups of the reporting read model (ADR 0030): one row per store, store-local day and advisor with the
-- sums and counts every dashboard figure is made of, so a year of a 50-store group is ~180,000 small rows to add
-- up instead of a million answers. Rebuilt per (store, day, advisor) from report_response whenever one changes.
create table report_daily (
    store_id     uuid         not null,
    day          date         not null,
    -- the zero uuid when the advisor named on the visit is unknown
    advisor_id   uuid         not null,
    advisor_name varchar(100),
    responses    int          not null,
    csi_sum      double,
    csi_n        int          not null,
    -- how many answered each overall satisfaction 1..10: the satisfied share follows the configured threshold
    os_1 int not null, os_2 int not null, os_3 int not null, os_4 int not null, os_5 int not null,
    os_6 int not null, os_7 int not null, os_8 int not null, os_9 int not null, os_10 int not null,
    promoters    int          not null,
    detractors   int          not null,
    alerts       int          not null,
    f_si_sum double, f_si_n int not null, f_sa_sum double, f_sa_n int not null, f_sq_sum double, f_sq_n int not null,
    f_sf_sum double, f_sf_n int not null, f_vp_sum double, f_vp_n int not null,
    i_si1_sum int, i_si1_n int not null, i_si2_sum int, i_si2_n int not null, i_si3_sum int, i_si3_n int not null,
    i_sa1_sum int, i_sa1_n int not null, i_sa2_sum int, i_sa2_n int not null, i_sa3_sum int, i_sa3_n int not null,
    i_sq1_sum int, i_sq1_n int not null, i_sq2_sum int, i_sq2_n int not null, i_sq3_sum int, i_sq3_n int not null,
    i_sf1_sum int, i_sf1_n int not null, i_sf2_sum int, i_sf2_n int not null, i_sf3_sum int, i_sf3_n int not null,
    i_vp1_sum int, i_vp1_n int not null, i_vp2_sum int, i_vp2_n int not null, i_vp3_sum int, i_vp3_n int not null,
    primary key (store_id, day, advisor_id),
    key report_daily_by_advisor (advisor_id, day)
) engine = InnoDB default charset = utf8mb4 collate utf8mb4_unicode_ci;

create table report_visit_daily (
    store_id   uuid not null,
    day        date not null,
    advisor_id uuid not null,
    visits     int  not null,
    -- answered within the revisit window configured when the row was last rebuilt
    revisited  int  not null,
    primary key (store_id, day, advisor_id)
) engine = InnoDB;

-- the response rate counts invitations sent per store and period (Invitations.countSent)
create index invitation_sent_by_store on invitation (store_id, sent_at);
