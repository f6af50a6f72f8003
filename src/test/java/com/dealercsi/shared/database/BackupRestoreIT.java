package com.dealercsi.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercsi.recovery.RecoveryFixtures;
import com.dealercsi.support.IntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The scheduled dump of the database, and a restore that brings back what was dumped. */
class BackupRestoreIT extends IntegrationTest {

    /** Tables that change only when someone acts, not by background jobs. */
    private static final List<String> KEY_TABLES = List.of(
            "store",
            "staff_member",
            "visit",
            "invitation",
            "survey_response",
            "recovery_case",
            "flyway_schema_history");

    @Autowired
    DatabaseBackups backups;

    @Autowired
    RecoveryFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_restored_backup_brings_back_the_same_row_counts() throws IOException {
        var store = fixtures.storeWithGeneralManager();
        RecoveryFixtures.invite(baseUrl(), store, "RO-BACKUP"); // a visit, its invitation mailed
        var before = counts();

        var backup = backups.backUp();

        assertThat(backup).exists().hasParent(backups.dir());
        assertThat(backup.getFileName().toString()).startsWith("csi-").endsWith(".sql.gz");
        assertThat(Files.size(backup)).isPositive();
        assertThat(counts()).isEqualTo(before);

        jdbc.update("delete from invitation");
        jdbc.update("update store set name = concat(name, ' (changed)')");
        assertThat(counts()).isNotEqualTo(before);

        backups.restore(backup);

        assertThat(counts()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from store where name like '% (changed)'", Integer.class))
                .isZero();
        assertThat(backups.backups())
                .anyMatch(file -> file.getFileName().toString().startsWith("csi-before-restore-"));
    }

    @Test
    void a_file_that_is_not_a_whole_dump_is_refused_and_the_database_is_left_alone() throws IOException {
        var before = counts();
        var cut = Files.createTempFile("csi-cut-", ".sql.gz");
        try (var out = new GZIPOutputStream(Files.newOutputStream(cut))) {
            out.write("-- MariaDB dump 10.19\nDROP TABLE IF EXISTS `visit`;\n".getBytes());
        }

        assertThatThrownBy(() -> backups.restore(cut))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("Could not restore");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void backups_older_than_the_kept_period_are_deleted_and_the_newest_is_kept() throws IOException {
        Files.createDirectories(backups.dir());
        var old = Files.writeString(backups.dir().resolve("csi-20200101T023000.000Z.sql.gz"), "old");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(30))));
        var other = Files.writeString(backups.dir().resolve("notes.txt"), "not a backup");
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofDays(30))));
        var recent = backups.backUp();

        var deleted = backups.deleteExpired();

        assertThat(deleted).contains(old);
        assertThat(old).doesNotExist();
        assertThat(recent).exists();
        assertThat(other).exists();
    }

    private Map<String, Integer> counts() {
        var counts = new LinkedHashMap<String, Integer>();
        for (var table : KEY_TABLES) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
        }
        return counts;
    }
}
