package com.dealercsi.topics.internal;

import com.dealercsi.topics.CommentSource;
import com.dealercsi.topics.CommentTag;
import com.dealercsi.topics.CommentTags;
import com.dealercsi.topics.Sentiment;
import com.dealercsi.topics.TaggedComment;
import com.dealercsi.topics.Topic;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each comment's tags: the machine's as the tagger gave them, staff's words beside them, the tags in force
 * ({@code topic_tag}) and the day's figures per store and topic ({@code topic_daily}), rebuilt for the one store day
 * a change touches, as the reporting roll-ups are.
 */
@Component
public class TagStore {

    private final JdbcTemplate jdbc;

    TagStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A comment as the tagger read it; a second call for the same comment re-tags it, staff's words kept. */
    @Transactional
    public void record(CommentRecord comment, CommentTags machine, Instant now) {
        jdbc.update(
                "insert into topic_comment (source, source_id, store_id, day, written_at, csi, machine_tags,"
                        + " machine_sentiment, tagged_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on duplicate key update csi = coalesce(values(csi), csi),"
                        + " machine_tags = values(machine_tags), machine_sentiment = values(machine_sentiment),"
                        + " tagged_at = values(tagged_at)",
                comment.source().name(),
                comment.sourceId().toString(),
                comment.storeId().toString(),
                Date.valueOf(comment.day()),
                Timestamp.from(comment.writtenAt()),
                comment.csi(),
                EffectiveTags.encode(machine),
                machine.sentiment().name(),
                Timestamp.from(now));
        rewrite(comment.source(), comment.sourceId());
    }

    /** Many new comments at once (the backfill): no staff words exist yet, and the roll-ups are rebuilt after. */
    @Transactional
    public void recordNew(List<CommentRecord> comments, List<CommentTags> machine, Instant now) {
        var commentRows = new ArrayList<Object[]>();
        var tagRows = new ArrayList<Object[]>();
        for (int i = 0; i < comments.size(); i++) {
            var comment = comments.get(i);
            var tags = machine.get(i);
            commentRows.add(new Object[] {
                comment.source().name(),
                comment.sourceId().toString(),
                comment.storeId().toString(),
                Date.valueOf(comment.day()),
                Timestamp.from(comment.writtenAt()),
                comment.csi(),
                EffectiveTags.encode(tags),
                tags.sentiment().name(),
                Timestamp.from(now)
            });
            for (var tag : EffectiveTags.machine(tags)) {
                tagRows.add(tagRow(comment, tag));
            }
        }
        jdbc.batchUpdate(
                "insert ignore into topic_comment (source, source_id, store_id, day, written_at, csi, machine_tags,"
                        + " machine_sentiment, tagged_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                commentRows);
        jdbc.batchUpdate(
                "insert ignore into topic_tag (source, source_id, topic, sentiment, origin, store_id, day,"
                        + " written_at, csi) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                tagRows);
    }

    /** Staff's word on one topic; it wins over the tagger now and on every later run. */
    @Transactional
    public boolean correct(CommentSource source, UUID sourceId, StaffWord word, String by, Instant now) {
        if (find(source, sourceId).isEmpty()) {
            return false;
        }
        jdbc.update(
                "insert into topic_correction (source, source_id, topic, present, sentiment, corrected_by,"
                        + " corrected_at) values (?, ?, ?, ?, ?, ?, ?) on duplicate key update present ="
                        + " values(present), sentiment = values(sentiment), corrected_by = values(corrected_by),"
                        + " corrected_at = values(corrected_at)",
                source.name(),
                sourceId.toString(),
                word.topic().code(),
                word.present(),
                word.sentiment() == null ? null : word.sentiment().name(),
                by,
                Timestamp.from(now));
        markCorrected(source, sourceId, by, now);
        rewrite(source, sourceId);
        return true;
    }

    @Transactional
    public boolean correctSentiment(CommentSource source, UUID sourceId, Sentiment sentiment, String by, Instant now) {
        int changed = jdbc.update(
                "update topic_comment set staff_sentiment = ? where source = ? and source_id = ?",
                sentiment.name(),
                source.name(),
                sourceId.toString());
        if (changed == 0) {
            return false;
        }
        markCorrected(source, sourceId, by, now);
        return true;
    }

    @Transactional(readOnly = true)
    public Optional<TaggedComment> find(CommentSource source, UUID sourceId) {
        var rows = jdbc.query(
                "select machine_sentiment, staff_sentiment, corrected_by, corrected_at from topic_comment"
                        + " where source = ? and source_id = ?",
                (rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4)},
                source.name(),
                sourceId.toString());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var row = rows.getFirst();
        var tags = jdbc.query(
                "select topic, sentiment, origin from topic_tag where source = ? and source_id = ?",
                (rs, i) -> {
                    var sentiment = Sentiment.valueOf(rs.getString(2));
                    boolean byStaff = "STAFF".equals(rs.getString(3));
                    return Topic.of(rs.getString(1))
                            .map(topic -> new CommentTag(topic, sentiment, byStaff))
                            .orElse(null);
                },
                source.name(),
                sourceId.toString());
        var known = tags.stream()
                .filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(CommentTag::topic))
                .toList();
        var staffSentiment = (String) row[1];
        var correctedAt = (Timestamp) row[3];
        return Optional.of(new TaggedComment(
                known,
                Sentiment.valueOf(staffSentiment == null ? (String) row[0] : staffSentiment),
                staffSentiment != null,
                (String) row[2],
                correctedAt == null ? null : correctedAt.toInstant()));
    }

    @Transactional(readOnly = true)
    public Optional<UUID> storeOf(CommentSource source, UUID sourceId) {
        return jdbc
                .query(
                        "select store_id from topic_comment where source = ? and source_id = ?",
                        (rs, i) -> UUID.fromString(rs.getString(1)),
                        source.name(),
                        sourceId.toString())
                .stream()
                .findFirst();
    }

    /** Rebuilds the roll-up of these stores from their tags: after a backfill, or to repair. */
    @Transactional
    public void rebuildStores(Collection<UUID> storeIds) {
        for (var storeId : storeIds) {
            jdbc.update("delete from topic_daily where store_id = ?", storeId.toString());
            jdbc.update(
                    "insert into topic_daily (store_id, day, topic, mentions, negative, csi_sum, csi_n)"
                            + " select store_id, day, topic, count(*), sum(sentiment = 'NEGATIVE'),"
                            + " coalesce(sum(csi), 0), count(csi) from topic_tag where store_id = ?"
                            + " group by store_id, day, topic",
                    storeId.toString());
        }
    }

    private void markCorrected(CommentSource source, UUID sourceId, String by, Instant now) {
        jdbc.update(
                "update topic_comment set corrected_by = ?, corrected_at = ? where source = ? and source_id = ?",
                by,
                Timestamp.from(now),
                source.name(),
                sourceId.toString());
    }

    /** Lays staff's words over the machine's tags, writes the tags in force and the store day's roll-up. */
    private void rewrite(CommentSource source, UUID sourceId) {
        var comments = jdbc.query(
                "select store_id, day, written_at, csi, machine_tags from topic_comment"
                        + " where source = ? and source_id = ? for update",
                (rs, i) -> new Object[] {
                    new CommentRecord(
                            source,
                            sourceId,
                            UUID.fromString(rs.getString(1)),
                            rs.getDate(2).toLocalDate(),
                            rs.getTimestamp(3).toInstant(),
                            rs.getObject(4) == null ? null : rs.getDouble(4)),
                    rs.getString(5)
                },
                source.name(),
                sourceId.toString());
        if (comments.isEmpty()) {
            return;
        }
        var comment = (CommentRecord) comments.getFirst()[0];
        var machine = EffectiveTags.decode((String) comments.getFirst()[1]);
        var staff = jdbc.query(
                "select topic, present, sentiment from topic_correction where source = ? and source_id = ?",
                (rs, i) -> {
                    boolean present = rs.getBoolean(2);
                    var sentiment = rs.getString(3) == null ? null : Sentiment.valueOf(rs.getString(3));
                    return Topic.of(rs.getString(1))
                            .map(topic -> new StaffWord(topic, present, sentiment))
                            .orElse(null);
                },
                source.name(),
                sourceId.toString());
        var inForce = EffectiveTags.apply(
                machine, staff.stream().filter(java.util.Objects::nonNull).toList());
        jdbc.update("delete from topic_tag where source = ? and source_id = ?", source.name(), sourceId.toString());
        jdbc.batchUpdate(
                "insert into topic_tag (source, source_id, topic, sentiment, origin, store_id, day, written_at, csi)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                inForce.stream().map(tag -> tagRow(comment, tag)).toList());
        rebuildDay(comment.storeId(), comment.day());
    }

    private void rebuildDay(UUID storeId, LocalDate day) {
        jdbc.update("delete from topic_daily where store_id = ? and day = ?", storeId.toString(), Date.valueOf(day));
        jdbc.update(
                "insert into topic_daily (store_id, day, topic, mentions, negative, csi_sum, csi_n)"
                        + " select store_id, day, topic, count(*), sum(sentiment = 'NEGATIVE'),"
                        + " coalesce(sum(csi), 0), count(csi) from topic_tag where store_id = ? and day = ?"
                        + " group by store_id, day, topic",
                storeId.toString(),
                Date.valueOf(day));
    }

    private static Object[] tagRow(CommentRecord comment, CommentTag tag) {
        return new Object[] {
            comment.source().name(),
            comment.sourceId().toString(),
            tag.topic().code(),
            tag.sentiment().name(),
            tag.byStaff() ? "STAFF" : "MACHINE",
            comment.storeId().toString(),
            Date.valueOf(comment.day()),
            Timestamp.from(comment.writtenAt()),
            comment.csi()
        };
    }

    /** Where a comment stands: its source, store, the store's calendar day and, for an answer, its CSI. */
    public record CommentRecord(
            CommentSource source,
            UUID sourceId,
            UUID storeId,
            LocalDate day,
            Instant writtenAt,
            @Nullable Double csi) {}
}
