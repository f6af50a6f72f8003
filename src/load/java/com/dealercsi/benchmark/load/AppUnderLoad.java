package com.dealercsi.benchmark.load;

import com.dealercsi.support.Mails;
import com.dealercsi.support.TestMailServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The packaged production jar as a store runs it, started as its own process on both cores (demo profile: one
 * store, its managers and its API key), with its mail going to GreenMail in this JVM so that the owners' personal
 * links can be read from the invitations, as an owner would read them.
 */
final class AppUnderLoad implements AutoCloseable {

    static final String API_KEY = "demo-store-key";

    final int port = freePort();
    final int managementPort = freePort();
    private final Process process;
    private final Path dataDir;

    AppUnderLoad() throws Exception {
        var jar = Files.list(Path.of(System.getProperty("load.jar-dir", "target/production")))
                .filter(path -> path.getFileName().toString().matches("dealer-csi-.*\\.jar"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "No production jar: build it first with ./mvnw -Pproduction package -DskipTests"));
        dataDir = Files.createTempDirectory("csi-load-");
        var command = new ArrayList<String>();
        if (Files.isExecutable(Path.of("/usr/bin/taskset"))) {
            // the generator pins itself to one core after this; the app keeps both
            command.addAll(List.of("/usr/bin/taskset", "-c", "0,1"));
        }
        command.addAll(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-XX:ActiveProcessorCount=2",
                "-jar",
                jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--management.server.port=" + managementPort,
                "--csi.public-base-url=http://localhost:" + port,
                "--csi.data-dir=" + dataDir,
                "--csi.demo.smtp-port=" + freePort(),
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + TestMailServer.port()));
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(
                        dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                close();
            } catch (Exception e) {
                process.destroyForcibly();
            }
        }));
        awaitReady();
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** Registers {@code count} visits through the DMS API and returns the survey links of their invitations. */
    List<String> surveyLinks(String prefix, int count) throws Exception {
        var client = HttpClient.newHttpClient();
        for (int from = 0; from < count; from += 500) {
            var visits = new ArrayList<String>();
            for (int i = from; i < Math.min(count, from + 500); i++) {
                visits.add(visitJson(prefix + "-" + i, Instant.now().minus(Duration.ofHours(2))));
            }
            var response = client.send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/visits:batch"))
                            .header("Content-Type", "application/json")
                            .header("X-Api-Key", API_KEY)
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"visits\": [" + String.join(",", visits) + "]}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Batch refused: " + response.body());
            }
        }
        var links = new ArrayList<String>();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (links.size() < count && System.nanoTime() < deadline) {
            links.clear();
            for (var mail : TestMailServer.received()) {
                var to = mail.getAllRecipients()[0].toString();
                if (to.startsWith(prefix + "-")) {
                    links.add(Mails.surveyLink(mail));
                }
            }
            Thread.sleep(500);
        }
        // a busy app may still be retrying a few mails from its outbox: the owners start with what has arrived
        if (links.size() < count * 9 / 10) {
            throw new IllegalStateException("Only " + links.size() + " of " + count + " invitations arrived");
        }
        if (links.size() < count) {
            System.out.println("load: only " + links.size() + " of " + count + " invitations arrived in time");
        }
        return links;
    }

    static String visitJson(String who, Instant deliveredAt) {
        return """
                {"roNumber": "RO-%s", "ownerName": "王先生", "email": "%s@example.com", "phone": "138 0013 8000",
                 "plate": "沪A 88888", "model": "途观L", "serviceType": "MAINTENANCE", "advisor": "SA01",
                 "deliveredAt": "%s", "language": "zh-CN"}
                """.formatted(who, who, deliveredAt);
    }

    /** CPU seconds used so far (user + system) by the app and its database server, from /proc. */
    double cpuSeconds() throws IOException {
        double seconds = cpuSeconds(process.pid());
        for (var child : process.descendants().toList()) {
            seconds += cpuSeconds(child.pid());
        }
        return seconds;
    }

    private static double cpuSeconds(long pid) throws IOException {
        var file = Path.of("/proc", String.valueOf(pid), "stat");
        if (!Files.exists(file)) {
            return 0;
        }
        var stat = Files.readString(file);
        var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // from the state on, utime and stime are the 12th and 13th fields; the kernel counts 100 ticks a second
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    /** Heap in use after a full GC, as jcmd reports it. */
    long heapAfterGc() throws Exception {
        jcmd("GC.run");
        var info = jcmd("GC.heap_info");
        var matcher = Pattern.compile("used (\\d+)K").matcher(info);
        if (!matcher.find()) {
            throw new IllegalStateException("No heap figure in: " + info);
        }
        return Long.parseLong(matcher.group(1)) * 1024;
    }

    /** Open HTTP sessions, from Tomcat's metric on the management port. */
    double openSessions() throws Exception {
        var metrics = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + managementPort + "/actuator/prometheus"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        return metrics.lines()
                .filter(line -> line.startsWith("tomcat_sessions_active_current_sessions"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private String jcmd(String what) throws Exception {
        var javaHome =
                Path.of(ProcessHandle.current().info().command().orElseThrow()).getParent();
        var jcmd = new ProcessBuilder(javaHome.resolve("jcmd").toString(), String.valueOf(process.pid()), what)
                .redirectErrorStream(true)
                .start();
        var output = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
        return output;
    }

    private void awaitReady() throws Exception {
        var client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app stopped; see " + dataDir + ".log");
            }
            try {
                var response = client.send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + managementPort + "/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The app did not get ready; see " + dataDir + ".log");
    }

    @Override
    public void close() throws Exception {
        // the database server is the app's child; if the app is killed before it stops it, it would stay behind
        var children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        children.forEach(ProcessHandle::destroy);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
