package com.dealercsi.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.dealercsi.admin.Role;
import com.dealercsi.shared.Language;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.ReportingData;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestStores;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The dashboard's topic figures on a small set computed by hand, who sees which stores' topics, staff corrections
 * that outlive the tagger, and administrators' words that change tagging at once.
 */
class TopicFiguresIT extends IntegrationTest {

    private static final LocalDate FROM = LocalDate.of(2026, 6, 8);
    private static final LocalDate TO = LocalDate.of(2026, 6, 14);

    @Autowired
    TestStores stores;

    @Autowired
    TopicsFixture topics;

    @Autowired
    TopicFigures figures;

    @Autowired
    CommentTopics commentTopics;

    @Autowired
    TopicDictionary dictionary;

    @Autowired
    CommentTagger tagger;

    @Autowired
    ReportingData data;

    @Autowired
    SignedIn signedIn;

    @Test
    void volume_change_share_negative_and_csi_per_topic_computed_by_hand() {
        var store = stores.create();
        var other = stores.create();
        var id = store.store().id();
        // this week: waiting twice (once negative, CSI 600 and 900), value once (negative, CSI 900)
        topics.answer(id, FROM, 600.0, Topic.WAITING, Sentiment.NEGATIVE);
        topics.answer(id, TO, 900.0, Topic.WAITING, Sentiment.POSITIVE, Topic.VALUE, Sentiment.NEGATIVE);
        // the week before: waiting once; the day after the period: not counted
        topics.answer(id, FROM.minusDays(7), 500.0, Topic.WAITING, Sentiment.NEGATIVE);
        topics.answer(id, TO.plusDays(1), 100.0, Topic.WAITING, Sentiment.NEGATIVE);
        // another store's waiting, CSI 300
        topics.answer(other.store().id(), FROM, 300.0, Topic.WAITING, Sentiment.NEGATIVE);

        var own = signedIn.as(store.managerEmail(), () -> figures.figures(Set.of(), FROM, TO));

        assertThat(own).extracting(TopicFigure::topic).containsExactly(Topic.WAITING, Topic.VALUE);
        var waiting = own.getFirst();
        assertThat(waiting.mentions()).isEqualTo(2);
        assertThat(waiting.previousMentions()).isEqualTo(1);
        assertThat(waiting.change()).isEqualTo(1);
        assertThat(waiting.negativeShare()).isEqualTo(50.0);
        assertThat(waiting.csi()).isEqualTo(750.0);
        assertThat(own.get(1)).isEqualTo(new TopicFigure(Topic.VALUE, 1, 0, 1, 900.0));

        var admin = "topics-admin-" + store.code() + "@test.local";
        data.addStaff("Admin", admin, null, Set.of(Role.ADMIN), Set.of());
        var both = signedIn.as(
                admin, () -> figures.figures(Set.of(id, other.store().id()), FROM, TO));
        assertThat(both.getFirst().mentions()).isEqualTo(3);
        assertThat(both.getFirst().csi()).isCloseTo((600.0 + 900.0 + 300.0) / 3, within(1e-9));
    }

    @Test
    void a_manager_sees_only_their_stores_topics_and_an_advisor_none() {
        var store = stores.create();
        var other = stores.create();
        topics.answer(other.store().id(), FROM, 700.0, Topic.PARKING, Sentiment.NEGATIVE);
        var mine = topics.answer(store.store().id(), FROM, 800.0, Topic.LOUNGE, Sentiment.POSITIVE);

        var asked = signedIn.as(
                store.managerEmail(),
                () -> figures.figures(Set.of(store.store().id(), other.store().id()), FROM, TO));
        assertThat(asked).extracting(TopicFigure::topic).containsExactly(Topic.LOUNGE);
        assertThat(signedIn.as(
                        store.managerEmail(), () -> figures.latestAnswers(Topic.PARKING, Set.of(), FROM, TO, 10)))
                .isEmpty();
        assertThat(signedIn.as(store.managerEmail(), () -> figures.latestAnswers(Topic.LOUNGE, Set.of(), FROM, TO, 10)))
                .containsExactly(mine);
        assertThat(signedIn.as("advisor-" + store.code() + "@test.local", () -> figures.figures(Set.of(), FROM, TO)))
                .isEmpty();
        assertThatThrownBy(() -> signedIn.run(
                        other.managerEmail(), () -> commentTopics.remove(CommentSource.ANSWER, mine, Topic.LOUNGE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as(other.managerEmail(), () -> commentTopics.of(CommentSource.ANSWER, mine)))
                .isEmpty();
    }

    @Test
    void a_staff_correction_wins_and_survives_re_tagging() {
        var store = stores.create();
        var id = store.store().id();
        var answer = topics.answer(id, FROM, 650.0, Topic.WAITING, Sentiment.NEGATIVE);
        var manager = store.managerEmail();

        signedIn.run(manager, () -> {
            commentTopics.remove(CommentSource.ANSWER, answer, Topic.WAITING);
            commentTopics.add(CommentSource.ANSWER, answer, Topic.ON_TIME, Sentiment.NEGATIVE);
            commentTopics.setSentiment(CommentSource.ANSWER, answer, Sentiment.MIXED);
        });
        // the tagger runs again and finds waiting once more
        topics.retag(
                answer,
                id,
                FROM,
                650.0,
                new CommentTags(
                        Language.ZH_CN,
                        List.of(new TopicMention(Topic.WAITING, Sentiment.NEGATIVE, List.of())),
                        Sentiment.NEGATIVE));

        var tagged = signedIn.as(manager, () -> commentTopics.of(CommentSource.ANSWER, answer))
                .orElseThrow();
        assertThat(tagged.tags()).containsExactly(new CommentTag(Topic.ON_TIME, Sentiment.NEGATIVE, true));
        assertThat(tagged.sentiment()).isEqualTo(Sentiment.MIXED);
        assertThat(tagged.sentimentByStaff()).isTrue();
        assertThat(tagged.correctedBy()).isEqualTo("经理 " + store.code());
        assertThat(tagged.correctedAt()).isNotNull();
        assertThat(signedIn.as(manager, () -> figures.figures(Set.of(), FROM, TO)))
                .containsExactly(new TopicFigure(Topic.ON_TIME, 1, 0, 1, 650.0));
        assertThatThrownBy(() -> signedIn.run(
                        "advisor-" + store.code() + "@test.local",
                        () -> commentTopics.add(CommentSource.ANSWER, answer, Topic.VALUE, Sentiment.POSITIVE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_administrators_word_changes_tagging_at_once_and_removing_it_undoes_that() {
        var comment = "代步车安排得很周到";
        var term = "代步车";
        assertThat(tagger.tag(comment, Language.ZH_CN).topics()).doesNotContain(Topic.APPOINTMENT);
        var admin = "dictionary-admin-" + UUID.randomUUID().toString().substring(0, 6) + "@test.local";
        data.addStaff("Admin", admin, null, Set.of(Role.ADMIN), Set.of());

        signedIn.run(admin, () -> dictionary.add(Language.ZH_CN, " " + term + " ", WordRole.TOPIC, Topic.APPOINTMENT));

        assertThat(tagger.tag(comment, Language.ZH_CN).topics()).contains(Topic.APPOINTMENT);
        assertThat(tagger.tag(comment, Language.ZH_CN)
                        .mention(Topic.APPOINTMENT)
                        .orElseThrow()
                        .sentiment())
                .isEqualTo(Sentiment.POSITIVE);
        var words = signedIn.as(admin, () -> dictionary.words());
        var added =
                words.stream().filter(w -> w.term().equals(term)).findFirst().orElseThrow();
        assertThat(added.addedBy()).isEqualTo("Admin");
        assertThatThrownBy(() -> signedIn.run(
                        admin, () -> dictionary.add(Language.ZH_CN, term, WordRole.TOPIC, Topic.APPOINTMENT)))
                .isInstanceOf(DictionaryProblem.class)
                .hasMessage("topics.dictionary.error.duplicate");
        assertThatThrownBy(() -> signedIn.run(admin, () -> dictionary.add(Language.EN, "loaner", WordRole.TOPIC, null)))
                .isInstanceOf(DictionaryProblem.class)
                .hasMessage("topics.dictionary.error.topic");

        signedIn.run(admin, () -> dictionary.remove(added));

        assertThat(tagger.tag(comment, Language.ZH_CN).topics()).doesNotContain(Topic.APPOINTMENT);
    }

    @Test
    void only_administrators_extend_the_dictionary() {
        var store = stores.create();

        assertThatThrownBy(() -> signedIn.run(
                        store.managerEmail(),
                        () -> dictionary.add(Language.EN, "loaner", WordRole.TOPIC, Topic.APPOINTMENT)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
