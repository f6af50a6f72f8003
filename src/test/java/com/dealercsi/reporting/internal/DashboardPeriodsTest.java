package com.dealercsi.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.admin.StoreRef;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DashboardPeriodsTest {

    /** 2026-03-31 20:00 UTC: already April 1st in Shanghai, still March 31st in New York. */
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-31T20:00:00Z"), ZoneOffset.UTC);

    @Test
    void today_is_that_of_the_first_visible_store_and_of_shanghai_without_stores() {
        var newYork = new StoreRef(UUID.randomUUID(), "NY", "New York", ZoneId.of("America/New_York"), null);
        var shanghai = new StoreRef(UUID.randomUUID(), "SH", "上海", ZoneId.of("Asia/Shanghai"), null);

        assertThat(DashboardPeriods.today(List.of(newYork, shanghai), clock)).isEqualTo("2026-03-31");
        assertThat(DashboardPeriods.today(List.of(shanghai, newYork), clock)).isEqualTo("2026-04-01");
        assertThat(DashboardPeriods.today(List.of(), clock)).isEqualTo("2026-04-01");
    }

    @Test
    void the_default_period_is_the_last_thirty_days_today_included() {
        var filter = DashboardPeriods.defaultFilter(LocalDate.parse("2026-04-01"));

        assertThat(filter.from()).isEqualTo("2026-03-03");
        assertThat(filter.to()).isEqualTo("2026-04-01");
        assertThat(filter.days()).isEqualTo(30);
        assertThat(filter.storeIds()).isEmpty();
    }

    @Test
    void the_monthly_report_covers_the_chosen_month_or_else_the_last_one() {
        var today = LocalDate.parse("2026-01-15");

        assertThat(DashboardPeriods.reportMonth(LocalDate.parse("2025-10-03"), LocalDate.parse("2025-10-20"), today))
                .isEqualTo(YearMonth.of(2025, 10));
        assertThat(DashboardPeriods.reportMonth(LocalDate.parse("2025-12-20"), LocalDate.parse("2026-01-15"), today))
                .isEqualTo(YearMonth.of(2025, 12));
        assertThat(DashboardPeriods.reportMonth(null, LocalDate.parse("2026-01-15"), today))
                .isEqualTo(YearMonth.of(2025, 12));
    }
}
