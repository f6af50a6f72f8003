package com.dealercsi.audit.internal;

import com.dealercsi.shared.Hashing;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The canonical form of an audit entry and its hash: {@code SHA-256(prev_hash + "\n" + canonical entry)}, in
 * lower-case hex. The canonical form is built from the values exactly as stored (the details are hashed as the
 * JSON text in the column), each field as {@code length:value} so no choice of text can shift one field into
 * the next, and the instant in UTC with microseconds, the column's precision.
 */
public final class ChainHash {

    /** The hash the first entry of a new trail follows. */
    public static final String GENESIS = "0".repeat(64);

    private static final String VERSION = "csi-audit-v1";
    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private ChainHash() {}

    /** An entry's stored values. */
    public record Entry(
            long seq,
            Instant at,
            String actor,
            String actorRole,
            String action,
            @Nullable UUID storeId,
            String subject,
            String details,
            String prevHash) {}

    public static String canonical(Entry entry) {
        var text = new StringBuilder(VERSION).append('\n');
        for (var field : new String[] {
            Long.toString(entry.seq()),
            AT.format(entry.at()),
            entry.actor(),
            entry.actorRole(),
            entry.action(),
            entry.storeId() == null ? "" : entry.storeId().toString(),
            entry.subject(),
            entry.details()
        }) {
            text.append(field.length()).append(':').append(field).append('\n');
        }
        return text.toString();
    }

    public static String hash(Entry entry) {
        return Hashing.sha256Hex(entry.prevHash() + "\n" + canonical(entry));
    }
}
