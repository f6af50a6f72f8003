package com.dealercsi.topics.internal;

import com.dealercsi.shared.Language;
import com.dealercsi.topics.CommentTags;
import com.dealercsi.topics.DealerDictionary;
import com.dealercsi.topics.DictionaryEntry;
import com.dealercsi.topics.Sentiment;
import com.dealercsi.topics.Topic;
import com.dealercsi.topics.TopicMention;
import com.dealercsi.topics.WordRole;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Tags comments with one dealer dictionary. Built once and never changed, so one engine serves any number of threads;
 * a new dictionary gets a new engine.
 */
public final class TaggingEngine {

    /** Longer text is cut: owners' comments are a few sentences, and tagging time grows with length. */
    static final int LONGEST_COMMENT = 4000;

    /** How many words a negation reaches: 没有等很久, "not very happy". */
    private static final int NEGATION_REACH = 3;

    private final Lexicon lexicon;
    private final Tokenizer tokenizer;

    public TaggingEngine(DealerDictionary dictionary) {
        this.lexicon = new Lexicon(dictionary.entries());
        this.tokenizer = new Tokenizer(new ChineseSegmenter(lexicon.chineseWords()));
    }

    public CommentTags tag(String comment, @Nullable Language given) {
        var text = comment.length() > LONGEST_COMMENT ? comment.substring(0, LONGEST_COMMENT) : comment;
        var language = LanguageGuess.of(text, given);
        var topics = new EnumMap<Topic, Found>(Topic.class);
        var overall = Sentiment.NEUTRAL;
        for (var clause : tokenizer.clauses(TextNormalizer.normalize(text))) {
            for (var part : parts(units(clause))) {
                overall = overall.and(read(part, topics));
            }
        }
        var mentions = new ArrayList<TopicMention>();
        topics.forEach(
                (topic, found) -> mentions.add(new TopicMention(topic, found.sentiment, List.copyOf(found.triggers))));
        return new CommentTags(language, mentions, overall);
    }

    /** A run of words that the dictionary knows, by the longest match from the left. */
    record Unit(String key, List<DictionaryEntry> entries, int start, int end, boolean quoted) {

        boolean has(WordRole role) {
            return entries.stream().anyMatch(e -> e.role() == role);
        }

        int feeling() {
            int feeling = (has(WordRole.POSITIVE) ? 1 : 0) - (has(WordRole.NEGATIVE) ? 1 : 0);
            // praise in quotes is irony: 真是太"快"了
            return quoted && feeling > 0 ? -1 : feeling;
        }
    }

    private static final class Found {
        final Set<String> triggers = new LinkedHashSet<>();
        Sentiment sentiment = Sentiment.NEUTRAL;
    }

    private List<Unit> units(List<Token> tokens) {
        var units = new ArrayList<Unit>();
        int i = 0;
        while (i < tokens.size()) {
            Unit unit = null;
            for (int span = Math.min(lexicon.longestKeyInWords(), tokens.size() - i); span > 0; span--) {
                var key = Lexicon.keyOf(tokens, i, i + span);
                if (lexicon.knows(key)) {
                    unit = unit(tokens, key, i, i + span);
                    break;
                }
            }
            if (unit == null && !tokens.get(i).han()) {
                var corrected = lexicon.corrected(Lexicon.keyOf(tokens, i, i + 1));
                if (lexicon.knows(corrected)) {
                    unit = unit(tokens, corrected, i, i + 1);
                }
            }
            if (unit != null) {
                units.add(unit);
                i = unit.end();
            } else {
                i++;
            }
        }
        return units;
    }

    private Unit unit(List<Token> tokens, String key, int start, int end) {
        boolean quoted = start > 0
                && end < tokens.size()
                && tokens.get(start - 1).isQuote()
                && tokens.get(end).isQuote();
        return new Unit(key, lexicon.find(key), start, end, quoted);
    }

    /** "服务不错，就是等的时间有点长": each side of a contrast has its own feeling. */
    private static List<List<Unit>> parts(List<Unit> units) {
        var parts = new ArrayList<List<Unit>>();
        var part = new ArrayList<Unit>();
        for (var unit : units) {
            if (unit.has(WordRole.CONTRAST)) {
                parts.add(part);
                part = new ArrayList<>();
            } else {
                part.add(unit);
            }
        }
        parts.add(part);
        return parts;
    }

    private Sentiment read(List<Unit> part, Map<Topic, Found> topics) {
        var negated = negatedUnits(part);
        boolean wish = false;
        boolean praised = false;
        boolean blamed = false;
        boolean anythingBad = false;
        int leaning = 0;
        var partTopics = new EnumMap<Topic, Set<String>>(Topic.class);
        var fallbackTopics = new EnumMap<Topic, Set<String>>(Topic.class);
        for (int i = 0; i < part.size(); i++) {
            var unit = part.get(i);
            wish |= unit.has(WordRole.WISH);
            int feeling = unit.feeling();
            anythingBad |= feeling < 0;
            if (negated.contains(i)) {
                feeling = -feeling;
            }
            praised |= feeling > 0;
            blamed |= feeling < 0;
            for (var entry : unit.entries()) {
                var topic = entry.topic();
                if (topic == null) {
                    continue;
                }
                var into = entry.role() == WordRole.TOPIC_FALLBACK ? fallbackTopics : partTopics;
                into.computeIfAbsent(topic, t -> new LinkedHashSet<>()).add(unit.key());
                anythingBad |= entry.role() == WordRole.TOPIC_BAD;
                if (unit.feeling() == 0) {
                    leaning += leaningOf(entry.role(), negated.contains(i));
                }
            }
        }
        var keys = new HashSet<String>();
        part.forEach(u -> keys.add(u.key()));
        for (var combination : lexicon.combinations()) {
            var entry = combination.entry();
            var topic = entry.topic();
            if (topic != null && keys.containsAll(combination.parts())) {
                partTopics.computeIfAbsent(topic, t -> new LinkedHashSet<>()).addAll(combination.parts());
                anythingBad |= entry.role() == WordRole.TOPIC_BAD;
                leaning += leaningOf(entry.role(), false);
            }
        }
        if (partTopics.isEmpty() && (praised || blamed)) {
            partTopics.putAll(fallbackTopics);
        }
        Sentiment sentiment;
        if (wish) {
            // "希望下次不要等这么久" still tells of a long wait; "希望有咖啡" praises nothing
            sentiment = anythingBad ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
        } else if (praised || blamed) {
            sentiment = praised && blamed ? Sentiment.MIXED : praised ? Sentiment.POSITIVE : Sentiment.NEGATIVE;
        } else {
            sentiment = leaning > 0 ? Sentiment.POSITIVE : leaning < 0 ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
        }
        var partSentiment = sentiment;
        partTopics.forEach((topic, triggers) -> {
            var found = topics.computeIfAbsent(topic, t -> new Found());
            found.triggers.addAll(triggers);
            found.sentiment = found.sentiment.and(partSentiment);
        });
        return sentiment;
    }

    /**
     * What a topic word says by itself when no feeling word stands beside it: a queue is bad and "no queue" good; a
     * car wash is neither, but "没有洗车", "didn't wash the car" tells of something missing.
     */
    private static int leaningOf(WordRole role, boolean negated) {
        int leaning = switch (role) {
            case TOPIC_BAD -> -1;
            case TOPIC_GOOD -> 1;
            default -> 0;
        };
        if (!negated) {
            return leaning;
        }
        return leaning == 0 ? -1 : -leaning;
    }

    /**
     * Each negation turns round the first feeling word within reach, or, when there is none, the first topic word:
     * in 没有等很久 it is 久 that is denied, not 等.
     */
    private static Set<Integer> negatedUnits(List<Unit> part) {
        var negated = new HashSet<Integer>();
        for (int n = 0; n < part.size(); n++) {
            if (!part.get(n).has(WordRole.NEGATOR)) {
                continue;
            }
            int reachEnd = part.get(n).end() + NEGATION_REACH;
            int target = -1;
            for (int i = n + 1; i < part.size() && part.get(i).start() <= reachEnd; i++) {
                var unit = part.get(i);
                if (unit.has(WordRole.NEGATOR)) {
                    break;
                }
                if (unit.feeling() != 0) {
                    target = i;
                    break;
                }
                if (target < 0 && unit.entries().stream().anyMatch(e -> e.topic() != null)) {
                    target = i;
                }
            }
            if (target >= 0) {
                negated.add(target);
            }
        }
        return negated;
    }
}
