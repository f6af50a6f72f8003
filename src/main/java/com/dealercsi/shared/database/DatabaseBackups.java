package com.dealercsi.shared.database;

import com.dealercsi.shared.CsiProperties;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Dumps the app's database to a gzip'd SQL file, and loads such a file back (ADR 0043). A dump is written to a
 * temporary name and renamed when complete, so a file with the final name is always a whole dump; a restore checks
 * the file to the end before it touches the database.
 */
@Component
@EnableConfigurationProperties(BackupProperties.class)
public class DatabaseBackups {

    static final String PREFIX = "csi-";
    static final String SUFFIX = ".sql.gz";
    private static final Logger log = LoggerFactory.getLogger(DatabaseBackups.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final MariaDbTools tools;
    private final DataSource dataSource;
    private final BackupProperties properties;
    private final CsiProperties csi;
    private final Clock clock;
    private final AtomicLong lastSuccess = new AtomicLong();

    DatabaseBackups(
            MariaDbTools tools,
            DataSource dataSource,
            BackupProperties properties,
            CsiProperties csi,
            Clock clock,
            MeterRegistry meters) {
        this.tools = tools;
        this.dataSource = dataSource;
        this.properties = properties;
        this.csi = csi;
        this.clock = clock;
        lastSuccess.set(newestBackupTime());
        // alert when this falls more than a day and a bit behind: backups that silently stopped are found at restore
        Gauge.builder("csi.backup.last.success", lastSuccess, AtomicLong::doubleValue)
                .description("When the newest backup in the backup folder was written (Unix time); 0 when none")
                .baseUnit("seconds")
                .register(meters);
    }

    Path dir() {
        return properties.dir() != null ? properties.dir() : csi.dataDir().resolve("backups");
    }

    /** Writes a consistent dump (one transaction, with routines and triggers) and returns its file. */
    public Path backUp() {
        return backUp(PREFIX);
    }

    private Path backUp(String prefix) {
        try {
            Files.createDirectories(dir());
            var target = dir().resolve(prefix + STAMP.format(clock.instant()) + SUFFIX);
            var partial = dir().resolve("." + target.getFileName() + ".part");
            long started = System.nanoTime();
            try (var out = new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                tools.run(
                        "mariadb-dump",
                        List.of(
                                "--single-transaction",
                                "--routines",
                                "--triggers",
                                "--hex-blob",
                                "--no-tablespaces",
                                "--default-character-set=utf8mb4"),
                        null,
                        out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            lastSuccess.set(Files.getLastModifiedTime(target).toInstant().getEpochSecond());
            log.info(
                    "Database backed up to {} ({} KB, {} ms)",
                    target,
                    Files.size(target) / 1024,
                    (System.nanoTime() - started) / 1_000_000);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not back up the database into " + dir(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while backing up the database", e);
        }
    }

    /** Deletes the dumps older than {@code csi.backup.keep}; the newest is kept whatever its age. */
    public List<Path> deleteExpired() {
        var deleted = new ArrayList<Path>();
        var limit = clock.instant().minus(properties.keep());
        var backups = backups();
        for (var backup : backups.subList(0, Math.max(0, backups.size() - 1))) {
            try {
                if (Files.getLastModifiedTime(backup).toInstant().isBefore(limit)) {
                    Files.delete(backup);
                    deleted.add(backup);
                }
            } catch (IOException e) {
                log.warn("Could not delete the old backup {}: {}", backup, e.getMessage());
            }
        }
        if (!deleted.isEmpty()) {
            log.info("Deleted {} backups older than {}", deleted.size(), properties.keep());
        }
        return deleted;
    }

    /** The dumps in the backup folder, oldest first. */
    List<Path> backups() {
        if (!Files.isDirectory(dir())) {
            return List.of();
        }
        try (var files = Files.list(dir())) {
            return files.filter(file -> file.getFileName().toString().startsWith(PREFIX)
                            && file.getFileName().toString().endsWith(SUFFIX))
                    .sorted((a, b) -> {
                        try {
                            return Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b));
                        } catch (IOException e) {
                            return a.compareTo(b);
                        }
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long newestBackupTime() {
        try {
            var all = backups();
            return all.isEmpty()
                    ? 0
                    : Files.getLastModifiedTime(all.getLast()).toInstant().getEpochSecond();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    /**
     * Replaces the database's content with the dump in {@code file}. The current content is dumped first
     * ({@code csi-before-restore-…}), then every table is dropped, so tables the dump does not know (from a newer
     * version) do not stay behind, and the dump is loaded. Flyway then brings the restored schema up to date.
     */
    public void restore(Path file) {
        try {
            checkWhole(file);
            var safety = backUp(PREFIX + "before-restore-");
            log.warn("Restoring the database from {}; its content before is in {}", file, safety);
            long started = System.nanoTime();
            dropAllTables();
            try (var in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)), 1 << 16)) {
                tools.run("mariadb", List.of("--default-character-set=utf8mb4", "--binary-mode"), in, null);
            }
            log.warn("Database restored from {} ({} ms)", file, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not restore the database from " + file, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not empty the database before restoring " + file, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while restoring the database", e);
        }
    }

    /** A dump cut short (disk full, copied half) must not replace a good database: it must end as dumps end. */
    private static void checkWhole(Path file) throws IOException {
        if (!Files.isReadable(file)) {
            throw new IOException("No readable backup at " + file);
        }
        boolean header = false;
        int lines = 0;
        String last = null;
        try (var reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)), 1 << 16),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                // newer dumps open with a "sandbox mode" line before the usual header
                if (lines++ < 5 && line.matches("-- (MariaDB|MySQL) dump.*")) {
                    header = true;
                }
                if (!line.isBlank()) {
                    last = line;
                }
            }
        }
        if (!header || last == null || !last.startsWith("-- Dump completed")) {
            throw new IOException(file + " is not a complete mariadb-dump file");
        }
    }

    private void dropAllTables() throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            var tables = new ArrayList<String>();
            try (var rows = statement.executeQuery("select table_name, table_type from information_schema.tables "
                    + "where table_schema = database()")) {
                while (rows.next()) {
                    tables.add(("VIEW".equals(rows.getString(2)) ? "drop view if exists `" : "drop table if exists `")
                            + rows.getString(1).replace("`", "``") + "`");
                }
            }
            statement.execute("set foreign_key_checks = 0");
            try {
                for (var drop : tables) {
                    statement.execute(drop);
                }
            } finally {
                statement.execute("set foreign_key_checks = 1");
            }
        }
    }
}
