package com.dealercsi.topics;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.shared.Language;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the topics, and accuracy of the sentiment, on comments labelled by hand before the
 * dictionary was tuned. The floors sit a little under the measured figures of the held-out third (ADR 0057), so a
 * change to the dictionary or the rules that makes the tagger worse fails here.
 */
class CommentTaggerQualityTest {

    private static CommentTagger tagger;
    private static LabelledComments labelled;

    @BeforeAll
    static void load() throws Exception {
        tagger = new CommentTagger();
        labelled = LabelledComments.load();
    }

    /** Counts of one set of comments: topics micro-averaged over topics, and sentiment. */
    static final class Score {
        int truePositives;
        int falsePositives;
        int falseNegatives;
        int sentimentRight;
        int comments;
        final Map<Topic, int[]> perTopic = new EnumMap<>(Topic.class);

        void add(LabelledComments.Labelled expected, CommentTags found) {
            comments++;
            if (found.sentiment() == expected.sentiment()) {
                sentimentRight++;
            }
            var foundTopics = found.topics();
            for (var topic : Topic.values()) {
                boolean wanted = expected.topics().contains(topic);
                boolean got = foundTopics.contains(topic);
                var counts = perTopic.computeIfAbsent(topic, t -> new int[3]);
                if (wanted && got) {
                    truePositives++;
                    counts[0]++;
                } else if (got) {
                    falsePositives++;
                    counts[1]++;
                } else if (wanted) {
                    falseNegatives++;
                    counts[2]++;
                }
            }
        }

        double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        double sentiment() {
            return ratio(sentimentRight, comments);
        }

        static double ratio(int part, int whole) {
            return whole == 0 ? 1.0 : (double) part / whole;
        }

        String line(String name) {
            return String.format(
                    Locale.ROOT,
                    "topics: %s precision=%.2f recall=%.2f sentiment=%.2f (comments=%d)",
                    name,
                    precision(),
                    recall(),
                    sentiment(),
                    comments);
        }

        String perTopicLines() {
            var lines = new StringBuilder();
            perTopic.forEach((topic, c) -> lines.append(String.format(
                    Locale.ROOT,
                    "    %-18s precision=%.2f recall=%.2f (tp=%d fp=%d fn=%d)%n",
                    topic,
                    ratio(c[0], c[0] + c[1]),
                    ratio(c[0], c[0] + c[2]),
                    c[0],
                    c[1],
                    c[2])));
            return lines.toString();
        }
    }

    private static Score score(List<LabelledComments.Labelled> comments, boolean showMistakes) {
        var score = new Score();
        for (var comment : comments) {
            var found = tagger.tag(comment.comment(), comment.language());
            score.add(comment, found);
            if (showMistakes
                    && (!found.topics().equals(comment.topics()) || found.sentiment() != comment.sentiment())) {
                System.out.printf(
                        "  MISS %s | expected %s %s | found %s %s %s%n",
                        comment.comment(),
                        comment.topics(),
                        comment.sentiment(),
                        found.topics(),
                        found.sentiment(),
                        found.mentions());
            }
        }
        return score;
    }

    private static Score measure(Language language, String name) {
        var all = labelled.of(language);
        // mistakes are shown for the tuning part only, when asked: the held-out part stays unseen
        boolean show = Boolean.getBoolean("topics.showTuningMistakes");
        var tuning = score(all.stream().filter(c -> !c.heldOut()).toList(), show);
        var heldOut =
                score(all.stream().filter(LabelledComments.Labelled::heldOut).toList(), false);
        var overall = score(all, false);
        System.out.println(overall.line(name));
        System.out.println(tuning.line(name + " tuning part"));
        System.out.println(heldOut.line(name + " held-out part"));
        System.out.print(overall.perTopicLines());
        return heldOut;
    }

    @Test
    void the_labelled_set_has_at_least_150_comments_per_language_and_every_topic() {
        assertThat(labelled.of(Language.ZH_CN)).hasSizeGreaterThanOrEqualTo(150);
        assertThat(labelled.of(Language.EN)).hasSizeGreaterThanOrEqualTo(150);
        var labelledTopics = new HashSet<Topic>();
        labelled.all().forEach(c -> labelledTopics.addAll(c.topics()));
        assertThat(labelledTopics).containsExactlyInAnyOrder(Topic.values());
    }

    @Test
    void chinese_comments_are_tagged_above_the_floors() {
        var heldOut = measure(Language.ZH_CN, "zh");
        assertThat(heldOut.precision()).as("zh precision").isGreaterThanOrEqualTo(ZH_PRECISION_FLOOR);
        assertThat(heldOut.recall()).as("zh recall").isGreaterThanOrEqualTo(ZH_RECALL_FLOOR);
        assertThat(heldOut.sentiment()).as("zh sentiment").isGreaterThanOrEqualTo(ZH_SENTIMENT_FLOOR);
    }

    @Test
    void english_comments_are_tagged_above_the_floors() {
        var heldOut = measure(Language.EN, "en");
        assertThat(heldOut.precision()).as("en precision").isGreaterThanOrEqualTo(EN_PRECISION_FLOOR);
        assertThat(heldOut.recall()).as("en recall").isGreaterThanOrEqualTo(EN_RECALL_FLOOR);
        assertThat(heldOut.sentiment()).as("en sentiment").isGreaterThanOrEqualTo(EN_SENTIMENT_FLOOR);
    }

    // measured on the held-out part when the floors were set: zh 0.92 / 0.95 / 0.84, en 0.89 / 0.97 / 0.85
    // (58 and 55 comments, so one comment moves a figure by one to two points)
    private static final double ZH_PRECISION_FLOOR = 0.85;
    private static final double ZH_RECALL_FLOOR = 0.88;
    private static final double ZH_SENTIMENT_FLOOR = 0.78;
    private static final double EN_PRECISION_FLOOR = 0.83;
    private static final double EN_RECALL_FLOOR = 0.90;
    private static final double EN_SENTIMENT_FLOOR = 0.78;
}
