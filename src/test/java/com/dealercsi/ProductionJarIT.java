package com.dealercsi;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.support.Api;
import com.dealercsi.support.Mails;
import com.dealercsi.support.PhoneBrowser;
import com.dealercsi.support.TestMailServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

/**
 * The packaged production jar, started as a store starts it ({@code java -jar}, demo profile, embedded MariaDB) as
 * a process of its own on 2 CPUs: 20 owners answer with low scores at once, every alert goes out once and the app
 * keeps answering; the database listens on loopback only and wants a password; {@code kill -9} and a new start
 * bring back everything committed, and SIGTERM stops the app and its database. Built by the nested production
 * build of profile {@code packaged-jar-tests} (pom.xml); run by failsafe after {@code package}.
 */
class ProductionJarIT {

    private static final int OWNERS = 20;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path dataDir =
            Path.of("target", "jar-it", "data-" + System.nanoTime()).toAbsolutePath();
    private final int port = freePort();
    private final int managementPort = freePort();
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        started.forEach(Process::destroyForcibly);
        LeftoverDatabase.on(dataDir).forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void the_packaged_app_on_two_cpus_survives_twenty_low_scores_at_once_a_kill_and_a_restart() throws Exception {
        var app = start("first");
        var firstStart = awaitAnswering(app, Duration.ofSeconds(120));
        System.out.printf(
                "jar: fresh data folder answered after %d ms, RSS %d MB%n", firstStart.toMillis(), rssMegabytes(app));

        databaseIsLockedDown();

        var links = new ArrayList<String>();
        for (int i = 1; i <= OWNERS; i++) {
            var created = Api.postVisit(
                    baseUrl(),
                    "demo-store-key",
                    Api.visitJson(
                            ro(i), owner(i), "SA01", "zh-CN", Instant.now().minus(Duration.ofHours(1))),
                    "zh-CN");
            assertThat(created.status()).as("visit %d", i).isEqualTo(201);
        }
        for (int i = 1; i <= OWNERS; i++) {
            links.add(Mails.surveyLink(TestMailServer.awaitMails(owner(i), 1, Duration.ofSeconds(60))
                    .getFirst()));
        }

        var slowest = new AtomicLong();
        var watching = new java.util.concurrent.atomic.AtomicBoolean(true);
        var watcher = Thread.ofPlatform().daemon().start(() -> watchAnswering(slowest, watching));
        try (var phone = new PhoneBrowser("zh-CN")) {
            var tabs = new ArrayList<String>();
            for (var link : links) {
                if (!tabs.isEmpty()) {
                    phone.driver().switchTo().newWindow(WindowType.TAB);
                }
                tabs.add(phone.driver().getWindowHandle());
                phone.open(link);
                answerEverythingLowUpToTheReview(phone);
            }
            // all twenty press Send at once: their alerts, mails and cases are worked on side by side
            for (var tab : tabs) {
                phone.driver().switchTo().window(tab);
                phone.driver().findElement(By.id("submit")).click();
            }
            for (var tab : tabs) {
                phone.driver().switchTo().window(tab);
                phone.awaitText(".survey-notice", "感谢您的反馈");
            }
        }

        for (var manager : List.of("manager@demo.local", "cs@demo.local")) {
            Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> alertsFor(manager).size() >= OWNERS);
        }
        // stopped and waited for, so its last request is counted before the figure is read, and none is cut off
        watching.set(false);
        watcher.join(Duration.ofSeconds(35));
        assertThat(Duration.ofMillis(slowest.get()))
                .as("the slowest answer of the login page while alerts went out")
                .isLessThan(Duration.ofSeconds(5));
        System.out.printf(
                "jar: %d alerts to each manager; slowest login page meanwhile %d ms%n", OWNERS, slowest.get());
        assertThat(casesOpened()).isEqualTo(OWNERS);
        var metrics = get(managementUrl("/actuator/prometheus"));
        assertThat(metrics)
                .contains(
                        "csi_invitations{",
                        "csi_outbox_publications_incomplete",
                        "csi_cases_open",
                        "csi_alert_latency_seconds_bucket",
                        "csi_mails_failed_total{");
        assertThat(metrics)
                .containsPattern("csi_mails_sent_total\\{[^}]*kind=\"alert\"[^}]*} (\\d+)")
                .containsPattern("csi_alert_latency_seconds_count\\{[^}]*} [1-9]");
        System.out.println("jar: "
                + metrics.lines()
                        .filter(line -> line.startsWith("csi_alert_latency_seconds_count")
                                || line.startsWith("csi_alert_latency_seconds_max")
                                || line.startsWith("csi_cases_open"))
                        .toList());

        // what the kernel's OOM killer or a power cut of the JVM does: no shutdown hook, the database is left behind
        app.destroyForcibly().waitFor();
        var killedAt = System.nanoTime();
        assertThat(LeftoverDatabase.on(dataDir))
                .as("the database a killed app leaves running")
                .isNotEmpty();

        var again = start("after-kill");
        awaitAnswering(again, Duration.ofSeconds(60));
        var backAfter = Duration.ofNanos(System.nanoTime() - killedAt);
        System.out.printf(
                "jar: kill -9 to answering again %d ms, RSS on a kept data folder %d MB%n",
                backAfter.toMillis(), rssMegabytes(again));
        assertThat(backAfter).isLessThan(Duration.ofSeconds(60));
        assertThat(answersStored()).as("answers committed before the kill").isEqualTo(OWNERS);
        assertThat(casesOpened()).isEqualTo(OWNERS);
        // outstanding publications run again after the restart; none may mail an alert twice
        Thread.sleep(15_000);
        for (var manager : List.of("manager@demo.local", "cs@demo.local")) {
            var alerts = alertsFor(manager);
            assertThat(alerts).as("alert mails to %s", manager).hasSize(OWNERS);
            assertThat(IntStream.rangeClosed(1, OWNERS).mapToObj(ProductionJarIT::ro))
                    .allSatisfy(ro -> assertThat(alerts.stream().filter(text -> text.contains(ro)))
                            .hasSize(1));
        }

        // SIGTERM: the app stops, and its database with it
        again.destroy();
        assertThat(again.waitFor(60, java.util.concurrent.TimeUnit.SECONDS))
                .as("stopped within a minute")
                .isTrue();
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> LeftoverDatabase.on(dataDir).isEmpty());
    }

    private void answerEverythingLowUpToTheReview(PhoneBrowser phone) {
        phone.await("vaadin-radio-group[id^='rating-']");
        for (int step = 0; step < 12 && phone.all("#comment textarea").isEmpty(); step++) {
            var groups = phone.all("vaadin-radio-group[id^='rating-']").stream()
                    .map(group -> group.getAttribute("id"))
                    .toList();
            for (var group : groups) {
                phone.click("#" + group + " vaadin-radio-button:nth-of-type(2) > label");
                phone.find("#" + group + " vaadin-radio-button:nth-of-type(2)[checked]");
            }
            var first = phone.driver().findElement(By.id(groups.getFirst()));
            phone.click("#next");
            Awaitility.await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> {
                try {
                    first.isDisplayed();
                    return !phone.all("#comment textarea").isEmpty();
                } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                    return true;
                }
            });
        }
        phone.await("#comment textarea").sendKeys("等了两个小时，我要投诉");
        phone.click("#consent vaadin-radio-button:nth-of-type(1) > label");
        phone.click("#next");
        phone.await("#submit");
    }

    private void databaseIsLockedDown() throws Exception {
        var client = clientConfig();
        int databasePort = Integer.parseInt(client.getProperty("port"));
        assertThat(Files.readString(dataDir.resolve("mariadb-root-password")).strip())
                .isEqualTo(client.getProperty("password"));
        // listening on loopback only: the machine's other addresses are refused
        for (var address : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            for (var inet : java.util.Collections.list(address.getInetAddresses())) {
                if (!inet.isLoopbackAddress() && inet instanceof java.net.Inet4Address) {
                    try (var socket = new Socket()) {
                        assertThat(connects(socket, inet, databasePort))
                                .as("database reachable on %s", inet)
                                .isFalse();
                    }
                }
            }
        }
        try (var ignored =
                DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + databasePort + "/csi", "root", "")) {
            throw new AssertionError("a connection without the password was accepted");
        } catch (java.sql.SQLException refused) {
            assertThat(refused.getMessage()).contains("Access denied");
        }
    }

    private static boolean connects(Socket socket, java.net.InetAddress address, int port) {
        try {
            socket.connect(new java.net.InetSocketAddress(address, port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private int answersStored() throws Exception {
        return count(
                "select count(*) from survey_response r join visit v on v.id = r.visit_id where v.ro_number like 'RO-JAR-%'");
    }

    private int casesOpened() throws Exception {
        return count(
                "select count(*) from recovery_case c join visit v on v.id = c.visit_id where v.ro_number like 'RO-JAR-%'");
    }

    private int count(String sql) throws Exception {
        var client = clientConfig();
        try (var connection = DriverManager.getConnection(
                        "jdbc:mariadb://127.0.0.1:" + client.getProperty("port") + "/csi",
                        "root",
                        client.getProperty("password"));
                var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private Properties clientConfig() throws IOException {
        var properties = new Properties();
        try (var reader = Files.newBufferedReader(dataDir.resolve("mariadb-client.cnf"))) {
            properties.load(reader);
        }
        return properties;
    }

    private static List<String> alertsFor(String manager) {
        return TestMailServer.receivedBy(manager).stream()
                .map(Mails::text)
                .filter(text -> text.contains("RO-JAR-"))
                .toList();
    }

    private Process start(String name) throws IOException {
        var jar = productionJar();
        var command = new ArrayList<String>();
        if (Files.isExecutable(Path.of("/usr/bin/taskset"))) {
            command.addAll(List.of("/usr/bin/taskset", "-c", "0,1"));
        }
        command.addAll(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-XX:ActiveProcessorCount=2",
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--management.server.port=" + managementPort,
                "--csi.public-base-url=http://localhost:" + port,
                "--csi.data-dir=" + dataDir,
                "--csi.demo.smtp-port=" + freePort(),
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + TestMailServer.port()));
        Files.createDirectories(dataDir);
        var log = dataDir.resolveSibling(dataDir.getFileName() + "-" + name + ".log");
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        started.add(process);
        return process;
    }

    private Duration awaitAnswering(Process app, Duration atMost) {
        var from = System.nanoTime();
        Awaitility.await()
                .atMost(atMost)
                .pollInterval(Duration.ofMillis(200))
                .ignoreExceptions()
                .until(() -> {
                    assertThat(app.isAlive())
                            .as("the app is running (see its log under target/jar-it)")
                            .isTrue();
                    // what a load balancer asks: ready means the database answers and the web server takes requests
                    return get(managementUrl("/actuator/health/readiness")).contains("\"UP\"")
                            && status("/login") == 200;
                });
        return Duration.ofNanos(System.nanoTime() - from);
    }

    private void watchAnswering(AtomicLong slowest, java.util.concurrent.atomic.AtomicBoolean watching) {
        while (watching.get()) {
            long from = System.nanoTime();
            try {
                status("/login");
            } catch (Exception e) {
                slowest.set(Long.MAX_VALUE / 2);
            }
            slowest.accumulateAndGet((System.nanoTime() - from) / 1_000_000, Math::max);
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private int status(String path) throws Exception {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + path))
                                .timeout(Duration.ofSeconds(30))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private String get(String url) throws Exception {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(30))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private String managementUrl(String path) {
        return "http://localhost:" + managementPort + path;
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private static long rssMegabytes(Process app) throws IOException {
        var status = Files.readAllLines(Path.of("/proc", String.valueOf(app.pid()), "status"));
        return status.stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
                .findFirst()
                .orElse(-1);
    }

    private static Path productionJar() throws IOException {
        var dir = Path.of(System.getProperty("csi.production-jar-dir", "target/production"));
        try (var jars = Files.list(dir)) {
            return jars.filter(path -> path.getFileName().toString().matches("dealer-csi-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "No production jar in " + dir + ": build it with ./mvnw -Pproduction -DskipTests package"));
        }
    }

    private static String ro(int i) {
        return "RO-JAR-%02d".formatted(i);
    }

    private static String owner(int i) {
        return "jar-owner-%02d@example.com".formatted(i);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Database servers still running on a data folder, found the way an operator would: by their command line. */
    private static final class LeftoverDatabase {

        static List<ProcessHandle> on(Path dataDir) {
            var argument = "--datadir=" + dataDir.resolve("mariadb");
            return ProcessHandle.allProcesses()
                    .filter(process -> process.info().command().orElse("").endsWith("mariadbd"))
                    .filter(process -> process.info()
                            .arguments()
                            .map(List::of)
                            .orElse(List.of())
                            .contains(argument))
                    .toList();
        }
    }
}
