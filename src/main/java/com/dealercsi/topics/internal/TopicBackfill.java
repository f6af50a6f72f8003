package com.dealercsi.topics.internal;

import com.dealercsi.admin.Stores;
import com.dealercsi.topics.CommentSource;
import com.dealercsi.topics.CommentTagger;
import com.dealercsi.topics.CommentTags;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tags the comments written before tagging existed (an upgrade, demo data, a restored backup) and any the listener
 * missed: a thousand at a time, in order of id, only those without tags, so a second run finds nothing to do and
 * several instances share the work through ShedLock. Reads the survey's comments from the reporting read model,
 * which has the CSI and the store day beside them, and the follow-up survey's from its table.
 */
@Component
public class TopicBackfill {

    private static final Logger log = LoggerFactory.getLogger(TopicBackfill.class);
    private static final int BATCH = 1000;
    private static final String NO_ID = "00000000-0000-0000-0000-000000000000";

    private final JdbcTemplate jdbc;
    private final CommentTagger tagger;
    private final TagStore store;
    private final Stores stores;
    private final Clock clock;

    TopicBackfill(JdbcTemplate jdbc, CommentTagger tagger, TagStore store, Stores stores, Clock clock) {
        this.jdbc = jdbc;
        this.tagger = tagger;
        this.store = store;
        this.stores = stores;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${csi.topics.backfill-delay:PT2M}", fixedDelayString = "PT6H")
    @SchedulerLock(name = "topics-backfill", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
    void scheduled() {
        tagUntagged();
    }

    /** @return how many comments were tagged */
    public int tagUntagged() {
        var started = System.nanoTime();
        int tagged = 0;
        var touched = new HashSet<UUID>();
        var last = NO_ID;
        while (true) {
            var batch = jdbc.query(
                    "select r.response_id, r.store_id, r.day, r.submitted_at, r.csi, r.owner_comment"
                            + " from report_response r where r.response_id > ? and r.answered"
                            + " and r.owner_comment is not null and r.owner_comment <> '' and not exists"
                            + " (select 1 from topic_comment c where c.source = 'ANSWER'"
                            + " and c.source_id = r.response_id) order by r.response_id limit " + BATCH,
                    (rs, i) -> new Found(
                            new TagStore.CommentRecord(
                                    CommentSource.ANSWER,
                                    UUID.fromString(rs.getString(1)),
                                    UUID.fromString(rs.getString(2)),
                                    rs.getDate(3).toLocalDate(),
                                    rs.getTimestamp(4).toInstant(),
                                    rs.getObject(5) == null ? null : rs.getDouble(5)),
                            rs.getString(6)),
                    last);
            if (batch.isEmpty()) {
                break;
            }
            tagged += write(batch, touched);
            last = batch.getLast().record().sourceId().toString();
        }
        tagged += followUps(touched);
        store.rebuildStores(touched);
        if (tagged > 0) {
            log.info(
                    "Topics: {} earlier comments tagged in {} s",
                    tagged,
                    java.time.Duration.ofNanos(System.nanoTime() - started).toSeconds());
        }
        return tagged;
    }

    private int followUps(HashSet<UUID> touched) {
        Map<UUID, ZoneId> zones = new HashMap<>();
        var found = jdbc.query(
                "select f.id, f.store_id, f.answered_at, f.answer_comment from recovery_follow_up f"
                        + " where f.answer_comment is not null and f.answered_at is not null and not exists"
                        + " (select 1 from topic_comment c where c.source = 'FOLLOW_UP' and c.source_id = f.id)",
                (rs, i) -> {
                    var storeId = UUID.fromString(rs.getString(2));
                    var at = rs.getTimestamp(3).toInstant();
                    var zone =
                            zones.computeIfAbsent(storeId, id -> stores.get(id).timeZone());
                    return new Found(
                            new TagStore.CommentRecord(
                                    CommentSource.FOLLOW_UP,
                                    UUID.fromString(rs.getString(1)),
                                    storeId,
                                    at.atZone(zone).toLocalDate(),
                                    at,
                                    null),
                            rs.getString(4));
                });
        return found.isEmpty() ? 0 : write(found, touched);
    }

    private int write(java.util.List<Found> batch, HashSet<UUID> touched) {
        var records = new ArrayList<TagStore.CommentRecord>(batch.size());
        var tags = new ArrayList<CommentTags>(batch.size());
        for (var found : batch) {
            records.add(found.record());
            tags.add(tagger.tag(found.comment(), null));
            touched.add(found.record().storeId());
        }
        store.recordNew(records, tags, clock.instant());
        return batch.size();
    }

    private record Found(TagStore.CommentRecord record, String comment) {}
}
