package com.dealercsi.audit.internal;

import com.dealercsi.audit.AuditAction;
import com.dealercsi.audit.AuditFilter;
import com.dealercsi.audit.ChainCheck;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code audit_entry} table and its hash chain (ADR 0047). Appends lock the one row of {@code audit_chain}
 * until their transaction commits, so entries get consecutive sequence numbers and each names the hash of the
 * one before, also with several app nodes on one database. Nothing here updates or deletes an entry, except the
 * retention purge of entries older than the retention period, which the table's trigger allows only then.
 */
@Component
public class AuditChain {

    private static final int MAX_TEXT = 320;
    private static final int MAX_VALUE = 500;
    private static final int PAGE = 1000;
    private static final TypeReference<TreeMap<String, String>> DETAILS = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate joining;
    private final TransactionTemplate separate;
    private final TransactionTemplate snapshot;
    private final JsonMapper json;
    private final Clock clock;

    AuditChain(JdbcTemplate jdbc, PlatformTransactionManager transactions, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.joining = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.json = json;
        this.clock = clock;
    }

    /** An entry to append; the chain gives it its number, time and hashes. */
    public record NewEntry(
            String actor,
            String actorRole,
            AuditAction action,
            @Nullable UUID storeId,
            String subject,
            Map<String, String> details) {}

    /** An entry as stored. */
    public record StoredEntry(ChainHash.Entry entry, String hash) {}

    /** What a purge removed, and the hash the oldest kept entry now follows. */
    public record Purge(long deleted, long anchorSeq, String anchorHash) {}

    private record Head(long lastSeq, String lastHash, long anchorSeq, String anchorHash) {}

    /**
     * Appends in the caller's transaction, so that an audited change and its entry commit or roll back together.
     * Without a transaction, or in a read-only one (an export), the entry is written in a transaction of its own.
     */
    public void append(NewEntry entry) {
        boolean joinable = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        (joinable ? joining : separate).executeWithoutResult(status -> appendHere(entry));
    }

    private void appendHere(NewEntry entry) {
        var head = lockHead();
        var details = new TreeMap<String, String>();
        entry.details().forEach((key, value) -> details.put(clip(key, 60), clip(value, MAX_VALUE)));
        var stored = new ChainHash.Entry(
                head.lastSeq() + 1,
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                clip(entry.actor(), MAX_TEXT),
                clip(entry.actorRole(), 200),
                entry.action().name(),
                entry.storeId(),
                clip(entry.subject(), MAX_TEXT),
                json.writeValueAsString(details),
                head.lastHash());
        var hash = ChainHash.hash(stored);
        jdbc.update(
                "insert into audit_entry (seq, at, actor, actor_role, action, store_id, subject, details, "
                        + "prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                stored.seq(),
                LocalDateTime.ofInstant(stored.at(), ZoneOffset.UTC),
                stored.actor(),
                stored.actorRole(),
                stored.action(),
                stored.storeId() == null ? null : stored.storeId().toString(),
                stored.subject(),
                stored.details(),
                stored.prevHash(),
                hash);
        jdbc.update("update audit_chain set last_seq = ?, last_hash = ? where id = 1", stored.seq(), hash);
    }

    private Head lockHead() {
        return jdbc.queryForObject(
                "select last_seq, last_hash, anchor_seq, anchor_hash from audit_chain where id = 1 " + "for update",
                AuditChain::head);
    }

    private static Head head(ResultSet rs, int row) throws SQLException {
        return new Head(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4));
    }

    /**
     * Removes the oldest entries, those written before {@code cutoff}, in the caller's transaction. Only a run of
     * entries from the start of the chain is removed (up to the first entry at or after the cutoff), so the kept
     * entries still form one chain from the new anchor.
     */
    public Purge purgeBefore(Instant cutoff) {
        var head = lockHead();
        var cut = LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC);
        Long firstKept = jdbc.queryForObject("select min(seq) from audit_entry where at >= ?", Long.class, cut);
        Long lastRemoved = firstKept != null
                ? Long.valueOf(firstKept - 1)
                : jdbc.queryForObject("select max(seq) from audit_entry", Long.class);
        if (lastRemoved == null || lastRemoved <= head.anchorSeq()) {
            return new Purge(0, head.anchorSeq(), head.anchorHash());
        }
        var anchorHash = jdbc.queryForObject("select hash from audit_entry where seq = ?", String.class, lastRemoved);
        int deleted;
        // the trigger allows a delete only of rows older than this session's purge mark; cleared at once, as the
        // connection goes back to the pool
        jdbc.update("set @csi_audit_purge_before = ?", cut);
        try {
            deleted = jdbc.update("delete from audit_entry where seq <= ?", lastRemoved);
        } finally {
            jdbc.update("set @csi_audit_purge_before = null");
        }
        jdbc.update("update audit_chain set anchor_seq = ?, anchor_hash = ? where id = 1", lastRemoved, anchorHash);
        return new Purge(deleted, lastRemoved, anchorHash);
    }

    /** Walks the chain from its anchor to its head in one consistent snapshot and names the first entry that does not fit. */
    public ChainCheck verify() {
        return snapshot.execute(status -> walk());
    }

    private ChainCheck walk() {
        var head = jdbc.queryForObject(
                "select last_seq, last_hash, anchor_seq, anchor_hash from audit_chain where id = 1", AuditChain::head);
        long expectedSeq = head.anchorSeq() + 1;
        String expectedPrev = head.anchorHash();
        long checked = 0;
        while (expectedSeq <= head.lastSeq()) {
            var page = jdbc.query(
                    "select * from audit_entry where seq >= ? and seq <= ? order by seq limit " + PAGE,
                    AuditChain::stored,
                    expectedSeq,
                    head.lastSeq());
            if (page.isEmpty()) {
                break;
            }
            for (var stored : page) {
                var entry = stored.entry();
                if (entry.seq() != expectedSeq) {
                    return new ChainCheck(checked, expectedSeq, ChainCheck.Problem.MISSING);
                }
                if (!entry.prevHash().equals(expectedPrev)) {
                    return new ChainCheck(checked, entry.seq(), ChainCheck.Problem.NOT_LINKED);
                }
                if (!ChainHash.hash(entry).equals(stored.hash())) {
                    return new ChainCheck(checked, entry.seq(), ChainCheck.Problem.CHANGED);
                }
                checked++;
                expectedPrev = stored.hash();
                expectedSeq++;
            }
        }
        if (expectedSeq <= head.lastSeq() || !expectedPrev.equals(head.lastHash())) {
            return new ChainCheck(checked, expectedSeq, ChainCheck.Problem.TAIL_MISSING);
        }
        if (head.anchorSeq() > 0 && !anchorRecorded(head)) {
            return new ChainCheck(checked, head.anchorSeq() + 1, ChainCheck.Problem.ANCHOR_UNRECORDED);
        }
        return new ChainCheck(checked, null, null);
    }

    /** The newest retention run names the anchor it left: moving the anchor by hand does not match it. */
    private boolean anchorRecorded(Head head) {
        var runs = jdbc.query(
                "select * from audit_entry where action = ? order by seq desc limit 1",
                AuditChain::stored,
                AuditAction.RETENTION_RUN.name());
        if (runs.isEmpty()) {
            return false;
        }
        var details = details(runs.getFirst().entry().details());
        return String.valueOf(head.anchorSeq()).equals(details.get("anchorSeq"))
                && head.anchorHash().equals(details.get("anchorHash"));
    }

    /** Entries matching the filter, newest first, limited to {@code stores} (see {@link Visibility}). */
    public List<StoredEntry> find(AuditFilter filter, Visibility visibility, int offset, int limit) {
        var where = where(filter, visibility);
        where.params().addValue("limit", Math.max(1, limit)).addValue("offset", Math.max(0, offset));
        return named.query(
                "select * from audit_entry where " + where.sql() + " order by seq desc limit :limit "
                        + "offset :offset",
                where.params(),
                AuditChain::stored);
    }

    public long count(AuditFilter filter, Visibility visibility) {
        var where = where(filter, visibility);
        Long count = named.queryForObject(
                "select count(*) from audit_entry where " + where.sql(), where.params(), Long.class);
        return count == null ? 0 : count;
    }

    /** Every matching entry, newest first, a page at a time. */
    public void each(AuditFilter filter, Visibility visibility, Consumer<StoredEntry> sink) {
        long below = Long.MAX_VALUE;
        while (true) {
            var where = where(filter, visibility);
            where.params().addValue("below", below);
            var page = named.query(
                    "select * from audit_entry where " + where.sql() + " and seq < :below " + "order by seq desc limit "
                            + PAGE,
                    where.params(),
                    AuditChain::stored);
            page.forEach(sink);
            if (page.size() < PAGE) {
                return;
            }
            below = page.getLast().entry().seq();
        }
    }

    public Map<String, String> details(String stored) {
        return json.readValue(stored, DETAILS);
    }

    /**
     * Which entries a reader may see: everything, or only entries of some stores ({@code storeIds} null meaning
     * any store, but no entry without a store).
     */
    public record Visibility(boolean everything, @Nullable Collection<UUID> storeIds) {

        public static final Visibility NOTHING = new Visibility(false, List.of());
    }

    private record Where(String sql, MapSqlParameterSource params) {}

    private static Where where(AuditFilter filter, Visibility visibility) {
        var sql = new ArrayList<String>();
        var params = new MapSqlParameterSource();
        if (!visibility.everything()) {
            if (visibility.storeIds() == null) {
                sql.add("store_id is not null");
            } else if (visibility.storeIds().isEmpty()) {
                sql.add("false");
            } else {
                sql.add("store_id in (:visible)");
                params.addValue(
                        "visible",
                        visibility.storeIds().stream().map(UUID::toString).toList());
            }
        }
        if (filter.who() != null && !filter.who().isBlank()) {
            sql.add("actor like :who escape '!'");
            params.addValue(
                    "who",
                    "%"
                            + filter.who()
                                    .strip()
                                    .replace("!", "!!")
                                    .replace("%", "!%")
                                    .replace("_", "!_") + "%");
        }
        if (filter.action() != null) {
            sql.add("action = :action");
            params.addValue("action", filter.action().name());
        }
        if (filter.from() != null) {
            sql.add("at >= :from");
            params.addValue("from", LocalDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            sql.add("at < :to");
            params.addValue("to", LocalDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
        }
        if (filter.storeId() != null) {
            sql.add("store_id = :store");
            params.addValue("store", filter.storeId().toString());
        }
        return new Where(sql.isEmpty() ? "true" : String.join(" and ", sql), params);
    }

    private static StoredEntry stored(ResultSet rs, int row) throws SQLException {
        var store = rs.getString("store_id");
        return new StoredEntry(
                new ChainHash.Entry(
                        rs.getLong("seq"),
                        rs.getObject("at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        rs.getString("actor"),
                        rs.getString("actor_role"),
                        rs.getString("action"),
                        store == null ? null : UUID.fromString(store),
                        rs.getString("subject"),
                        rs.getString("details"),
                        rs.getString("prev_hash")),
                rs.getString("hash"));
    }

    /** At most {@code max} characters, never cutting a character in two. */
    static String clip(@Nullable String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max));
    }
}
