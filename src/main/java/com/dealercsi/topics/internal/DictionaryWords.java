package com.dealercsi.topics.internal;

import com.dealercsi.shared.Language;
import com.dealercsi.topics.DictionaryWord;
import com.dealercsi.topics.Topic;
import com.dealercsi.topics.WordRole;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Administrators' words in {@code topic_dictionary_word}. */
@Component
public class DictionaryWords {

    private final JdbcTemplate jdbc;

    DictionaryWords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<DictionaryWord> all() {
        return jdbc.query(
                "select id, language, term, role, topic, added_by, added_at from topic_dictionary_word order by id",
                (rs, i) -> new DictionaryWord(
                        rs.getLong(1),
                        Language.valueOf(rs.getString(2)),
                        rs.getString(3),
                        WordRole.valueOf(rs.getString(4)),
                        rs.getString(5) == null
                                ? null
                                : Topic.of(rs.getString(5)).orElse(null),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant()));
    }

    /** @return false when the word is already there in that role */
    public boolean add(Language language, String term, WordRole role, @Nullable Topic topic, String by, Instant at) {
        return jdbc.update(
                        "insert ignore into topic_dictionary_word (language, term, role, topic, added_by, added_at)"
                                + " values (?, ?, ?, ?, ?, ?)",
                        language.name(),
                        term,
                        role.name(),
                        topic == null ? null : topic.code(),
                        by,
                        Timestamp.from(at))
                == 1;
    }

    public boolean remove(long id) {
        return jdbc.update("delete from topic_dictionary_word where id = ?", id) == 1;
    }

    /** Changes whenever a word is added or removed, so each instance sees cheaply whether to rebuild its tagger. */
    public String fingerprint() {
        return jdbc.queryForObject(
                "select concat(count(*), '/', coalesce(max(id), 0), '/', coalesce(sum(id), 0))"
                        + " from topic_dictionary_word",
                String.class);
    }
}
