package com.dealercsi.shared.database;

import com.dealercsi.shared.CsiProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code java -jar dealer-csi.jar --csi.restore=/path/csi-….sql.gz}: the dump is loaded before Flyway runs, so
 * Flyway brings a dump of an older version up to date and nothing reads the database in between. The app then
 * starts as usual. A restore is noted in {@code <csi.data-dir>/restored-backups.log}; an option left in a service
 * file would otherwise throw away everything since the dump at every restart, so the same file is not restored
 * twice (delete its line to do it again).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("csi.restore")
class RestoreOnStart {

    private static final Logger log = LoggerFactory.getLogger(RestoreOnStart.class);

    @Bean
    FlywayMigrationStrategy restoreThenMigrate(
            DatabaseBackups backups, CsiProperties csi, @Value("${csi.restore}") Path file) {
        return flyway -> {
            var journal = csi.dataDir().resolve("restored-backups.log");
            var key = key(file);
            if (alreadyRestored(journal, key)) {
                log.warn(
                        "{} was restored before (see {}); not restoring it again. Remove --csi.restore.",
                        file,
                        journal);
            } else {
                backups.restore(file);
                note(journal, key);
            }
            flyway.migrate();
        };
    }

    private static String key(Path file) {
        try {
            return file.toAbsolutePath().normalize() + " size=" + Files.size(file) + " modified="
                    + Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException("No readable backup at " + file, e);
        }
    }

    private static boolean alreadyRestored(Path journal, String key) {
        try {
            return Files.exists(journal)
                    && Files.readAllLines(journal, StandardCharsets.UTF_8).stream()
                            .anyMatch(line -> line.endsWith(" " + key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + journal, e);
        }
    }

    private static void note(Path journal, String key) {
        try {
            Files.createDirectories(journal.toAbsolutePath().getParent());
            Files.writeString(
                    journal,
                    Instant.now() + " " + key + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            log.warn("Restored, but could not note it in {}: {}", journal, e.getMessage());
        }
    }
}
