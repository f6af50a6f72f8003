package com.dealercsi.topics;

import com.dealercsi.shared.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The words the tagger knows: terms and synonyms per topic, feeling words, negations and degree words, in both
 * languages. The standard one is the resource {@value #STANDARD}; administrators extend it with their store's own
 * words through {@link #extend}. A dictionary never changes: extending gives a new one. Keeping administrators'
 * words is left to whoever wires this in (a table read at start-up and passed to {@code extend}).
 */
public final class DealerDictionary {

    public static final String STANDARD = "/topics/dealer-dictionary.tsv";

    private final List<DictionaryEntry> entries;

    private DealerDictionary(Collection<DictionaryEntry> entries) {
        this.entries = List.copyOf(new LinkedHashSet<>(entries));
    }

    public static DealerDictionary standard() {
        var stream = DealerDictionary.class.getResourceAsStream(STANDARD);
        if (stream == null) {
            throw new IllegalStateException("The dealer dictionary " + STANDARD + " is missing from the class path");
        }
        try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DealerDictionary of(Collection<DictionaryEntry> entries) {
        return new DealerDictionary(entries);
    }

    /**
     * Reads the dictionary format: one line per role, language and topic, tab separated, terms joined by {@code |}:
     * {@code TOPIC_BAD	zh-CN	WAITING	等|排队}. A topic of {@code -} means none; lines starting with {@code #} are
     * comments.
     */
    public static DealerDictionary parse(Reader source) throws IOException {
        var entries = new ArrayList<DictionaryEntry>();
        var lines = new BufferedReader(source);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            var where = "line " + number + " of the dictionary: " + line.replace('\t', ' ');
            var columns = line.split("\t");
            if (columns.length != 4) {
                throw new IllegalArgumentException("4 columns needed on " + where);
            }
            var role = WordRole.valueOf(columns[0].trim());
            var language = Language.fromTag(columns[1])
                    .orElseThrow(() -> new IllegalArgumentException("Unknown language on " + where));
            var topic = "-".equals(columns[2].trim())
                    ? null
                    : Topic.of(columns[2]).orElseThrow(() -> new IllegalArgumentException("Unknown topic on " + where));
            for (var term : columns[3].split("\\|")) {
                if (!term.isBlank()) {
                    entries.add(new DictionaryEntry(language, term, role, topic));
                }
            }
        }
        return new DealerDictionary(entries);
    }

    /** A new dictionary with this one's words and the given ones; a word already known is not doubled. */
    public DealerDictionary extend(Collection<DictionaryEntry> more) {
        var all = new ArrayList<>(entries);
        all.addAll(more);
        return new DealerDictionary(all);
    }

    public List<DictionaryEntry> entries() {
        return entries;
    }

    public List<DictionaryEntry> entries(Language language) {
        return entries.stream().filter(e -> e.language() == language).toList();
    }
}
