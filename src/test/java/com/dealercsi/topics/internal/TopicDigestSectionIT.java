package com.dealercsi.topics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.shared.digest.DigestLine;
import com.dealercsi.shared.digest.DigestReader;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.TestStores;
import com.dealercsi.topics.Sentiment;
import com.dealercsi.topics.Topic;
import com.dealercsi.topics.TopicsFixture;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The digest's top topics of the week, called as the digest calls it: no one signed in, the reader's stores. */
class TopicDigestSectionIT extends IntegrationTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    TestStores stores;

    @Autowired
    TopicsFixture topics;

    @Autowired
    TopicDigestSection section;

    @Test
    void the_weeks_top_topics_with_share_negative_and_change_in_the_readers_language() {
        var store = stores.create();
        var other = stores.create();
        var id = store.store().id();
        // the week: waiting three times (two negative), car wash once; the week before: waiting once
        topics.answer(id, MONDAY, 600.0, Topic.WAITING, Sentiment.NEGATIVE);
        topics.answer(id, MONDAY.plusDays(3), 700.0, Topic.WAITING, Sentiment.NEGATIVE);
        topics.answer(
                id, MONDAY.plusDays(6), 900.0, Topic.WAITING, Sentiment.POSITIVE, Topic.CAR_CLEAN, Sentiment.POSITIVE);
        topics.answer(id, MONDAY.minusDays(1), 500.0, Topic.WAITING, Sentiment.NEGATIVE);
        // the next Monday belongs to the next digest; another store's topics to another reader
        topics.answer(id, MONDAY.plusDays(7), 500.0, Topic.PARKING, Sentiment.NEGATIVE);
        topics.answer(other.store().id(), MONDAY, 500.0, Topic.LOUNGE, Sentiment.NEGATIVE);

        var english = section.forReader(reader(Set.of(id), Locale.ENGLISH)).orElseThrow();
        var chinese =
                section.forReader(reader(Set.of(id), Locale.SIMPLIFIED_CHINESE)).orElseThrow();

        assertThat(section.position()).isEqualTo(40);
        assertThat(english.heading()).isEqualTo("Top topics of the week");
        assertThat(english.lines())
                .extracting(DigestLine::text)
                .containsExactly(
                        "Waiting time too long: 3 mentions, 67 % negative, 2 more than the week before",
                        "Car cleanliness at pick-up: 1 mention, 0 % negative, 1 more than the week before");
        assertThat(chinese.heading()).isEqualTo("本周热门话题");
        assertThat(chinese.lines().getFirst().text()).isEqualTo("等待时间过长：提及 3 次，负面 67%，比上周多 2 次");
        assertThat(section.forReader(reader(Set.of(UUID.randomUUID()), Locale.ENGLISH)))
                .isEmpty();
    }

    private static DigestReader reader(Set<UUID> storeIds, Locale locale) {
        return new DigestReader(
                UUID.randomUUID(),
                storeIds,
                locale,
                MONDAY.atStartOfDay(SHANGHAI).toInstant(),
                MONDAY.plusDays(7).atStartOfDay(SHANGHAI).toInstant(),
                MONDAY);
    }
}
