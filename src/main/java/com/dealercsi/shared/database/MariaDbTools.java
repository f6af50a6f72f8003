package com.dealercsi.shared.database;

import com.dealercsi.shared.CsiProperties;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Runs MariaDB's own client tools against the app's database: {@code mariadb-dump} for a backup and
 * {@code mariadb} for a restore. They read the same connection the app uses (the pool's URL, user and password,
 * so also a generated password of the embedded server); the password goes to the tool in a temporary option file
 * only its owner can read, never on a command line that {@code ps} would show.
 */
@Component
class MariaDbTools {

    private static final Pattern JDBC_URL =
            Pattern.compile("^jdbc:(?:mariadb|mysql):(?:[a-z:]+:)?//([^/:,?]+)(?::(\\d+))?/([^?;/]+).*$");

    private final DataSource dataSource;
    private final Environment environment;
    private final CsiProperties csi;
    private final BackupProperties properties;

    MariaDbTools(DataSource dataSource, Environment environment, CsiProperties csi, BackupProperties properties) {
        this.dataSource = dataSource;
        this.environment = environment;
        this.csi = csi;
        this.properties = properties;
    }

    record Connection(String host, int port, String database, String user, String password) {}

    Connection connection() {
        String url;
        String user;
        String password;
        try {
            var pool = dataSource.unwrap(HikariDataSource.class);
            url = pool.getJdbcUrl();
            user = pool.getUsername();
            password = pool.getPassword();
        } catch (SQLException e) {
            url = environment.getProperty("spring.datasource.url");
            user = environment.getProperty("spring.datasource.username");
            password = environment.getProperty("spring.datasource.password");
        }
        var matcher = url == null ? null : JDBC_URL.matcher(url);
        if (matcher == null || !matcher.matches()) {
            throw new IllegalStateException("Cannot tell host and database from the JDBC URL " + url);
        }
        return new Connection(
                matcher.group(1),
                matcher.group(2) == null ? 3306 : Integer.parseInt(matcher.group(2)),
                matcher.group(3),
                user == null ? "" : user,
                password == null ? "" : password);
    }

    /**
     * Runs a tool with the connection's options, the given arguments, and standard input and output streamed
     * from and to the given streams; throws with the tool's error output when it fails.
     */
    void run(String tool, List<String> arguments, @Nullable InputStream input, @Nullable OutputStream output)
            throws IOException, InterruptedException {
        var connection = connection();
        // created readable by its owner only, before the password is written into it
        var options = Files.createTempFile(
                "csi-client-",
                ".cnf",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(
                    options,
                    "[client]\n"
                            + "host=" + connection.host() + "\n"
                            + "port=" + connection.port() + "\n"
                            // "localhost" would otherwise mean the Unix socket, which a pool over TCP may not have
                            + "protocol=TCP\n"
                            + "user=" + quoted(connection.user()) + "\n"
                            + (connection.password().isEmpty()
                                    ? ""
                                    : "password=" + quoted(connection.password()) + "\n"),
                    StandardCharsets.UTF_8);
            var command = new ArrayList<String>();
            command.add(executable(tool).toString());
            // must come first: MariaDB's tools only accept it as their first option
            command.add("--defaults-extra-file=" + options);
            command.addAll(arguments);
            command.add(connection.database());
            var process = new ProcessBuilder(command).start();
            // own threads, not the common pool: with two cores it has one thread, and a blocking read of the error
            // output there kept the dump from ever reaching the client's input
            var errors = new StringBuilder();
            var reading = Thread.ofPlatform().name("csi-" + tool + "-stderr").start(() -> {
                try (var stream = process.getErrorStream()) {
                    errors.append(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    errors.append(e.getMessage());
                }
            });
            var feeding = Thread.ofPlatform().name("csi-" + tool + "-stdin").start(() -> {
                try (var stdin = process.getOutputStream()) {
                    if (input != null) {
                        input.transferTo(stdin);
                    }
                } catch (IOException e) {
                    // the tool ended early; its exit code and error output say why
                }
            });
            try (var stdout = process.getInputStream()) {
                stdout.transferTo(output != null ? output : OutputStream.nullOutputStream());
            }
            int exit = process.waitFor();
            feeding.join();
            reading.join();
            if (exit != 0) {
                throw new IOException(tool + " failed (exit " + exit + "): "
                        + errors.toString().strip());
            }
        } finally {
            Files.deleteIfExists(options);
        }
    }

    /** Option files take quoted values with backslash escapes. */
    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** {@code mariadb-dump} or {@code mariadb}; the older mysql names where only those exist. */
    Path executable(String tool) {
        var names = switch (tool) {
            case "mariadb-dump" -> List.of("mariadb-dump", "mysqldump");
            case "mariadb" -> List.of("mariadb", "mysql");
            default -> List.of(tool);
        };
        var dirs = new ArrayList<Path>();
        if (properties.toolsDir() != null) {
            dirs.add(properties.toolsDir());
        }
        dirs.add(Path.of("/usr/bin"));
        // where the embedded server unpacks its bundled binaries when Debian's are not installed
        dirs.add(csi.dataDir().resolve("mariadb-base").resolve("bin").toAbsolutePath());
        var path = System.getenv("PATH");
        if (path != null) {
            for (var dir : path.split(java.io.File.pathSeparator)) {
                if (!dir.isBlank()) {
                    dirs.add(Path.of(dir));
                }
            }
        }
        for (var dir : dirs) {
            for (var name : names) {
                var candidate = dir.resolve(name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("No " + tool + " found in " + dirs + "; set csi.backup.tools-dir");
    }
}
