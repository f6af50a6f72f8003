package com.dealercsi.admin;

import com.dealercsi.audit.AuditAction;
import com.dealercsi.audit.AuditTrail;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Store logos: administrators upload a PNG or JPEG of at most 200 KB; anyone may read one, since it is shown on
 * public pages too ({@code /images/store-logos/{storeId}}). The type is taken from the file's first bytes,
 * never from what the browser claims, so nothing but a PNG or JPEG is ever served from here.
 */
@Service
@Transactional
public class StoreLogos {

    public static final int MAX_BYTES = 200 * 1024;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AuditTrail audit;

    StoreLogos(JdbcTemplate jdbc, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Logo(String contentType, byte[] image, Instant updatedAt) {}

    @PreAuthorize("hasRole('ADMIN')")
    public void upload(UUID storeId, byte[] image) {
        if (image.length > MAX_BYTES) {
            throw new AdministrationRejected("admin.store.logo.tooLarge");
        }
        var type = startsWith(image, PNG) ? "image/png" : startsWith(image, JPEG) ? "image/jpeg" : null;
        if (type == null) {
            throw new AdministrationRejected("admin.store.logo.notAnImage");
        }
        var known = jdbc.queryForObject("select count(*) from store where id = ?", Integer.class, storeId.toString());
        if (known == null || known == 0) {
            throw new AdministrationRejected("admin.store.unknown");
        }
        jdbc.update(
                "insert into store_logo (store_id, content_type, image, updated_at) values (?, ?, ?, ?)"
                        + " on duplicate key update content_type = values(content_type), image = values(image),"
                        + " updated_at = values(updated_at)",
                storeId.toString(),
                type,
                image,
                Timestamp.from(clock.instant()));
        audit.record(
                AuditAction.SETTINGS_CHANGED,
                storeId,
                "audit.setting.logo",
                java.util.Map.of("bytes", Integer.toString(image.length)));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void remove(UUID storeId) {
        jdbc.update("delete from store_logo where store_id = ?", storeId.toString());
        audit.record(AuditAction.SETTINGS_CHANGED, storeId, "audit.setting.logoRemoved", java.util.Map.of());
    }

    @Transactional(readOnly = true)
    public Optional<Logo> find(UUID storeId) {
        return jdbc
                .query(
                        "select content_type, image, updated_at from store_logo where store_id = ?",
                        (rs, i) -> new Logo(
                                rs.getString(1),
                                rs.getBytes(2),
                                rs.getTimestamp(3).toInstant()),
                        storeId.toString())
                .stream()
                .findFirst();
    }

    /** The logo's public address, changing with each upload so that browsers never show an old one; empty without. */
    @Transactional(readOnly = true)
    public Optional<String> url(UUID storeId) {
        return jdbc
                .query(
                        "select updated_at from store_logo where store_id = ?",
                        (rs, i) -> "/images/store-logos/" + storeId + "?v="
                                + rs.getTimestamp(1).toInstant().toEpochMilli(),
                        storeId.toString())
                .stream()
                .findFirst();
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
