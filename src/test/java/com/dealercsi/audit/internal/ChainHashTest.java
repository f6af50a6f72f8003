package com.dealercsi.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.shared.Hashing;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The canonical form of an entry is fixed, unambiguous and covers every field, the previous hash included. */
class ChainHashTest {

    private static final UUID STORE = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
    private static final Instant AT = Instant.parse("2026-12-03T08:15:30.123456789Z");
    private final ChainHash.Entry entry = new ChainHash.Entry(
            42,
            AT,
            "manager@test.local",
            "STORE_MANAGER",
            "SETTINGS_CHANGED",
            STORE,
            "audit.setting.dueTimes",
            "{\"closeHours\":\"72\"}",
            ChainHash.GENESIS);

    @Test
    void the_canonical_form_names_each_field_with_its_length_and_the_time_in_microseconds_utc() {
        assertThat(ChainHash.canonical(entry)).isEqualTo("""
                csi-audit-v1
                2:42
                27:2026-12-03T08:15:30.123456Z
                18:manager@test.local
                13:STORE_MANAGER
                16:SETTINGS_CHANGED
                36:0f8fad5b-d9cb-469f-a165-70867728950e
                22:audit.setting.dueTimes
                19:{"closeHours":"72"}
                """);
        assertThat(ChainHash.hash(entry))
                .isEqualTo(Hashing.sha256Hex(ChainHash.GENESIS + "\n" + ChainHash.canonical(entry)))
                .hasSize(64);
    }

    @Test
    void text_moved_from_one_field_to_the_next_gives_another_hash() {
        var moved = new ChainHash.Entry(
                42,
                AT,
                "manager@test.localS",
                "TORE_MANAGER",
                "SETTINGS_CHANGED",
                STORE,
                "audit.setting.dueTimes",
                "{\"closeHours\":\"72\"}",
                ChainHash.GENESIS);
        assertThat(ChainHash.canonical(moved)).isNotEqualTo(ChainHash.canonical(entry));
        assertThat(ChainHash.hash(moved)).isNotEqualTo(ChainHash.hash(entry));
    }

    @Test
    void every_field_and_the_previous_hash_count() {
        var hash = ChainHash.hash(entry);
        assertThat(ChainHash.hash(new ChainHash.Entry(
                        43,
                        AT,
                        entry.actor(),
                        entry.actorRole(),
                        entry.action(),
                        STORE,
                        entry.subject(),
                        entry.details(),
                        entry.prevHash())))
                .isNotEqualTo(hash);
        assertThat(ChainHash.hash(new ChainHash.Entry(
                        42,
                        AT.plusNanos(1000),
                        entry.actor(),
                        entry.actorRole(),
                        entry.action(),
                        STORE,
                        entry.subject(),
                        entry.details(),
                        entry.prevHash())))
                .isNotEqualTo(hash);
        assertThat(ChainHash.hash(new ChainHash.Entry(
                        42,
                        AT,
                        entry.actor(),
                        entry.actorRole(),
                        entry.action(),
                        null,
                        entry.subject(),
                        entry.details(),
                        entry.prevHash())))
                .isNotEqualTo(hash);
        assertThat(ChainHash.hash(new ChainHash.Entry(
                        42,
                        AT,
                        entry.actor(),
                        entry.actorRole(),
                        entry.action(),
                        STORE,
                        entry.subject(),
                        "{\"closeHours\":\"73\"}",
                        entry.prevHash())))
                .isNotEqualTo(hash);
        assertThat(ChainHash.hash(new ChainHash.Entry(
                        42,
                        AT,
                        entry.actor(),
                        entry.actorRole(),
                        entry.action(),
                        STORE,
                        entry.subject(),
                        entry.details(),
                        "1".repeat(64))))
                .isNotEqualTo(hash);
        // below the column's precision nothing changes: the stored value is what is hashed
        assertThat(ChainHash.hash(new ChainHash.Entry(
                        42,
                        AT.plusNanos(1),
                        entry.actor(),
                        entry.actorRole(),
                        entry.action(),
                        STORE,
                        entry.subject(),
                        entry.details(),
                        entry.prevHash())))
                .isEqualTo(hash);
    }
}
