package com.dealercsi.topics;

import com.dealercsi.shared.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The hand-labelled owners' comments of {@code topics/labelled-comments.tsv}. */
record LabelledComments(List<Labelled> all) {

    record Labelled(Language language, String comment, Set<Topic> topics, Sentiment sentiment, boolean heldOut) {}

    static LabelledComments load() throws IOException {
        var stream = Objects.requireNonNull(
                LabelledComments.class.getResourceAsStream("/topics/labelled-comments.tsv"), "labelled comments");
        var all = new ArrayList<Labelled>();
        Map<Language, Integer> seen = new EnumMap<>(Language.class);
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                var columns = line.split("\t");
                var language = Language.fromTag(columns[0]).orElseThrow();
                var topics = EnumSet.noneOf(Topic.class);
                if (!"-".equals(columns[2])) {
                    Arrays.stream(columns[2].split(","))
                            .map(name -> Topic.of(name).orElseThrow(() -> new IllegalArgumentException(name)))
                            .forEach(topics::add);
                }
                int index = seen.merge(language, 1, Integer::sum) - 1;
                // every third comment of each language is held out of tuning
                all.add(new Labelled(language, columns[1], topics, Sentiment.valueOf(columns[3]), index % 3 == 2));
            }
        }
        return new LabelledComments(List.copyOf(all));
    }

    List<Labelled> of(Language language) {
        return all.stream().filter(l -> l.language() == language).toList();
    }
}
