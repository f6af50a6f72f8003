package com.dealercsi.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VisitDayTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @Test
    void the_day_is_counted_in_the_stores_time_zone() {
        // 23:30 on Thursday in Shanghai is still Thursday 15:30 UTC
        var lateThursday = Instant.parse("2026-11-26T15:30:00Z");

        assertThat(VisitDay.of(lateThursday, SHANGHAI, FRIDAY, Locale.ENGLISH).messageKey())
                .isEqualTo("survey.day.yesterday");
        assertThat(VisitDay.of(Instant.parse("2026-11-26T16:30:00Z"), SHANGHAI, FRIDAY, Locale.ENGLISH)
                        .messageKey())
                .isEqualTo("survey.day.today");
    }

    @Test
    void within_a_week_the_weekday_is_named_in_the_owners_language() {
        var saturday = Instant.parse("2026-11-21T03:00:00Z");

        assertThat(VisitDay.of(saturday, SHANGHAI, FRIDAY, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo(new VisitDay("survey.day.weekday", "星期六"));
        assertThat(VisitDay.of(saturday, SHANGHAI, FRIDAY, Locale.ENGLISH).argument())
                .isEqualTo("Saturday");
    }

    @Test
    void older_visits_show_their_date() {
        var visit = VisitDay.of(Instant.parse("2026-11-13T03:00:00Z"), SHANGHAI, FRIDAY, Locale.ENGLISH);

        assertThat(visit.messageKey()).isEqualTo("survey.day.date");
        assertThat(visit.argument()).isEqualTo("November 13, 2026");
    }
}
