package com.dealercsi.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How a stored value reads: times local, codes in words, everything else exactly as written. */
class RecordTextTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final RecordText english = new RecordText(AccessFileWriterTest.bundles(), Locale.ENGLISH);
    private final RecordText chinese = new RecordText(AccessFileWriterTest.bundles(), Locale.SIMPLIFIED_CHINESE);

    @Test
    void a_stored_instant_reads_in_the_stores_zone() {
        assertThat(english.value("2026-11-27T16:30:00Z", SHANGHAI))
                .contains("Nov 28, 2026")
                .contains("12:30");
    }

    @Test
    void a_code_reads_in_words_in_either_language() {
        assertThat(english.value("recovery.status.OPEN", SHANGHAI)).isNotEqualTo("recovery.status.OPEN");
        assertThat(chinese.value("privacy.value.yes", SHANGHAI)).isEqualTo("是");
        assertThat(english.value("alert.rule.LOW_OVERALL · alert.rule.LOW_NPS", SHANGHAI))
                .isEqualTo("Low overall satisfaction · Unlikely to recommend");
    }

    @Test
    void owner_text_that_only_looks_like_a_code_or_a_time_stays_as_written() {
        assertThat(english.value("jane.doe", SHANGHAI)).isEqualTo("jane.doe");
        assertThat(english.value("wang@example.com", SHANGHAI)).isEqualTo("wang@example.com");
        assertThat(english.value("see you 2026-11-27", SHANGHAI)).isEqualTo("see you 2026-11-27");
        assertThat(english.value("<b>{0}</b> it's", SHANGHAI)).isEqualTo("<b>{0}</b> it's");
    }
}
