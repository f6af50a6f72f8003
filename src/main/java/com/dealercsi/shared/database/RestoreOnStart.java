package com.dealercsi.shared.database;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code java -jar dealer-csi.jar --csi.restore=/path/csi-….sql.gz}: the dump is loaded before Flyway runs, so
 * Flyway brings a dump of an older version up to date and nothing reads the database in between. The app then
 * starts as usual; leave the option out on the next start, or it restores the same dump again.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("csi.restore")
class RestoreOnStart {

    @Bean
    FlywayMigrationStrategy restoreThenMigrate(DatabaseBackups backups, @Value("${csi.restore}") Path file) {
        return flyway -> {
            backups.restore(file);
            flyway.migrate();
        };
    }
}
