package com.dealercsi.visit.fileimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DmsDatesTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-20 14:05          | 2026-11-20T14:05+08:00
            2026-11-20 14:05:30       | 2026-11-20T14:05:30+08:00
            2026/11/20 14:05          | 2026-11-20T14:05+08:00
            2026/1/5 9:05             | 2026-01-05T09:05+08:00
            2026.11.20                | 2026-11-20T00:00+08:00
            2026-11-20                | 2026-11-20T00:00+08:00
            2026年11月20日 14:05       | 2026-11-20T14:05+08:00
            2026年11月20日 14时05分     | 2026-11-20T14:05+08:00
            20261120 140500           | 2026-11-20T14:05+08:00
            2026-11-20T14:05:00       | 2026-11-20T14:05+08:00
            2026-11-20T06:05:00Z      | 2026-11-20T06:05Z
            2026-11-20 14:05:00+09:00 | 2026-11-20T14:05+09:00
            46346.5                   | 2026-11-20T12:00+08:00
            20/11/2026 17:00          | 2026-11-20T17:00+08:00
            20.11.2026                | 2026-11-20T00:00+08:00
            11/20/2026 9:30           | 2026-11-20T09:30+08:00
            """)
    void reads_the_dates_dms_exports_write_in_the_stores_time_zone(String raw, String expected) {
        assertThat(DmsDates.parse(raw, SHANGHAI))
                .hasValueSatisfying(value -> assertThat(value.toInstant())
                        .isEqualTo(OffsetDateTime.parse(expected).toInstant()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-02-30 10:00",
                "2026-13-01",
                "05/11/2026",
                "05.11.2026 10:00",
                "tomorrow",
                "2026-11-20 25:00",
                "31/02/2026",
                "昨天"
            })
    void refuses_what_is_not_a_real_date_or_is_ambiguous(String raw) {
        assertThat(DmsDates.parse(raw, SHANGHAI)).isEmpty();
    }
}
