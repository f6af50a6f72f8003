package com.dealercsi.topics.internal;

import com.dealercsi.shared.Language;
import com.dealercsi.topics.CommentTags;
import com.dealercsi.topics.DealerDictionary;
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

    private static final class Found {
        final Set<String> triggers = new LinkedHashSet<>();
        Sentiment sentiment = Sentiment.NEUTRAL;
    }

    private List<Unit> units(List<Token> tokens) {
        var units = new ArrayList<Unit>();
        int i = 0;
        while (i < tokens.size()) {
            Unit unit = null;
            int longest = Math.min(lexicon.longestKeyInWords(), tokens.size() - i);
            for (int span = 1; span <= longest; span++) {
                var key = Lexicon.keyOf(tokens, i, i + span);
                if (!lexicon.beginsATerm(key)) {
                    break;
                }
                if (lexicon.knows(key)) {
                    unit = unit(tokens, key, i, i + span);
                }
            }
            if (unit == null && !tokens.get(i).han()) {
                var corrected = lexicon.corrected(Lexicon.keyOf(tokens, i, i + 1));
                if (lexicon.knows(corrected)) {
                    unit = unit(tokens, corrected, i, i + 1);
                }
            }
            if (unit != null && !meansAlmost(unit, tokens)) {
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
        var text = new StringBuilder();
        for (int i = start; i < end; i++) {
            text.append(i > start && !tokens.get(i).han() && !tokens.get(i - 1).han() ? " " : "")
                    .append(tokens.get(i).text());
        }
        return new Unit(key, text.toString(), lexicon.find(key), start, end, quoted);
    }

    /** 快 before a number is "almost", not "fast": 等了快三个小时. */
    private static boolean meansAlmost(Unit unit, List<Token> tokens) {
        if (!unit.key().equals("快") || unit.end() >= tokens.size()) {
            return false;
        }
        var next = tokens.get(unit.end()).text();
        return Character.isDigit(next.charAt(0)) || "一二两三四五六七八九十半几".indexOf(next.charAt(0)) >= 0;
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
        var negated = Negations.negatedIn(part);
        var partTopics = new EnumMap<Topic, Set<String>>(Topic.class);
        var fallbackTopics = new EnumMap<Topic, Set<String>>(Topic.class);
        int leaning = 0;
        boolean anythingBad = false;

        // a combination is the more precise reading: 费用+解释 is about charges explained, not value and pick-up
        var keys = new HashSet<String>();
        part.forEach(u -> keys.add(u.key()));
        var combined = new HashSet<String>();
        for (var combination : lexicon.combinations()) {
            var entry = combination.entry();
            var topic = entry.topic();
            if (topic != null && keys.containsAll(combination.parts())) {
                for (var unit : part) {
                    if (combination.parts().contains(unit.key())) {
                        partTopics
                                .computeIfAbsent(topic, t -> new LinkedHashSet<>())
                                .add(unit.text());
                    }
                }
                combined.addAll(combination.parts());
                anythingBad |= entry.role() == WordRole.TOPIC_BAD;
                leaning += leaningOf(entry.role(), false);
            }
        }

        boolean wish = false;
        boolean praised = false;
        boolean blamed = false;
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
                if (!combined.contains(unit.key())) {
                    var into = entry.role() == WordRole.TOPIC_FALLBACK ? fallbackTopics : partTopics;
                    into.computeIfAbsent(topic, t -> new LinkedHashSet<>()).add(unit.text());
                }
                anythingBad |= entry.role() == WordRole.TOPIC_BAD;
                if (unit.feeling() == 0) {
                    leaning += leaningOf(entry.role(), negated.contains(i));
                }
            }
        }
        if (partTopics.isEmpty() && (praised || blamed || leaning != 0)) {
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
}
