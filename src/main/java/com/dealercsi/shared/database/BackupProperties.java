package com.dealercsi.shared.database;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scheduled dumps of the app's database (ADR 0043).
 *
 * @param enabled whether the schedule runs; unset, it runs when the database is the embedded one (an external
 *        MariaDB is backed up by its own operator, see the README)
 * @param cron when, in the server's time zone unless {@code zone} is set; daily at 02:30 by default
 * @param zone the time zone of {@code cron}; empty for the server's
 * @param dir where the dumps go; unset, {@code <csi.data-dir>/backups}
 * @param keep how long dumps are kept; older ones are deleted after each backup
 * @param toolsDir where {@code mariadb-dump} and {@code mariadb} are, when not in /usr/bin, the embedded server's
 *        unpacked {@code bin} folder or the PATH
 */
@ConfigurationProperties("csi.backup")
record BackupProperties(
        @Nullable Boolean enabled,
        @DefaultValue("0 30 2 * * *") String cron,
        @DefaultValue("") String zone,
        @Nullable Path dir,
        @DefaultValue("P14D") Duration keep,
        @Nullable Path toolsDir) {}
