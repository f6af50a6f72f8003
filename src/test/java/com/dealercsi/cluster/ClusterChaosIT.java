package com.dealercsi.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The cluster of {@code deploy/cluster/cluster.sh} (three Galera nodes, two app nodes from the production jar,
 * HAProxy) under visits from a DMS while one app node and one database node are killed with SIGKILL and brought
 * back: every visit is stored once and every owner gets exactly one invitation. Opt-in, on real processes, minutes
 * long: {@code ./mvnw test -Dtest=ClusterChaosIT -Dcluster.chaos=true} after {@code ./mvnw -Pproduction package}.
 * A first sketch of issue 11's chaos test: answers, alerts, cases and the link guesser are still to come.
 */
@EnabledIfSystemProperty(named = "cluster.chaos", matches = "true")
class ClusterChaosIT {

    private static final Path SCRIPT = Path.of("deploy/cluster/cluster.sh").toAbsolutePath();
    private static final Path DIR = Path.of(System.getProperty("cluster.chaos.dir", "/tmp/dealer-csi-cluster-chaos"));
    private static final int VISITS = Integer.getInteger("cluster.chaos.visits", 300);
    private static final int BATCH = 50;
    /** The key {@code cluster.sh trial} gives its store. */
    private static final String API_KEY = "trial-store-key-0001";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startTheCluster() throws Exception {
        cluster("stop");
        if (Files.exists(DIR)) {
            try (var files = Files.walk(DIR)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
        cluster("start");
        cluster("trial"); // the store, its key, and one visit with its mail
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        cluster("stop");
    }

    @Test
    void a_killed_app_node_and_a_killed_database_node_lose_and_double_no_visit_and_no_invitation() throws Exception {
        var run = System.currentTimeMillis();
        var emails = new ArrayList<String>();
        for (int i = 0; i < VISITS; i++) {
            emails.add("chaos-" + run + "-" + i + "@example.com");
        }
        long started = System.nanoTime();
        for (int i = 0; i < VISITS; ) {
            if (i >= VISITS / 3 && i < VISITS / 3 + BATCH) {
                kill("app2");
            }
            if (i >= 2 * VISITS / 3 && i < 2 * VISITS / 3 + BATCH) {
                kill("db2");
            }
            if (i % (2 * BATCH) == 0) {
                var batch = new ArrayList<String>();
                for (int j = i; j < Math.min(i + BATCH, VISITS); j++) {
                    batch.add(visit(run, j, emails.get(j)));
                }
                post("/api/v1/visits:batch", "{\"visits\": [" + String.join(",", batch) + "]}");
                i += batch.size();
            } else {
                post("/api/v1/visits", visit(run, i, emails.get(i)));
                i++;
            }
        }
        var posting = Duration.ofNanos(System.nanoTime() - started);
        cluster("start"); // brings back what was killed

        var deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (mailsTo(emails).values().stream().mapToInt(Integer::intValue).sum() < VISITS
                && System.nanoTime() < deadline) {
            Thread.sleep(2000);
        }
        var mails = mailsTo(emails);
        long visitsStored =
                Long.parseLong(sql("select count(*) from csi.visit where ro_number like 'CHAOS-" + run + "-%'"));
        long invitations = Long.parseLong(sql("select count(*) from csi.invitation i join csi.visit v"
                + " on v.id = i.visit_id where v.ro_number like 'CHAOS-" + run + "-%'"));
        System.out.printf(
                "visits %d expected, %d stored; invitations %d; owners mailed %d of %d, duplicates %d; posting took %s%n",
                VISITS,
                visitsStored,
                invitations,
                mails.size(),
                VISITS,
                mails.values().stream().mapToInt(n -> n - 1).sum(),
                posting);

        assertThat(visitsStored).isEqualTo(VISITS);
        assertThat(invitations).isEqualTo(VISITS);
        assertThat(mails)
                .hasSize(VISITS)
                .allSatisfy((email, count) -> assertThat(count).as(email).isEqualTo(1));
        assertThat(sql("select variable_value from information_schema.global_status"
                        + " where variable_name = 'wsrep_cluster_size'"))
                .isEqualTo("3");
    }

    private static String visit(long run, int i, String email) {
        return """
                {"roNumber": "CHAOS-%d-%d", "ownerName": "Owner %d", "email": "%s", "plate": "C-%d",
                 "model": "Model C", "serviceType": "MAINTENANCE", "advisor": "Chaos Advisor",
                 "deliveredAt": "%s", "language": "en"}""".formatted(run, i, i, email, i, OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** As a DMS does: a request that fails is sent again, and the RO number keeps the visit single. */
    private void post(String path, String body) throws InterruptedException {
        for (int attempt = 1; attempt <= 30; attempt++) {
            try {
                var response = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:18080" + path))
                                .timeout(Duration.ofSeconds(30))
                                .header("X-Api-Key", API_KEY)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() < 500) {
                    assertThat(response.statusCode()).as(response.body()).isLessThan(300);
                    return;
                }
            } catch (IOException failed) {
                // the node died under the request: send it again
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the cluster did not take " + path + " in 30 tries");
    }

    /** Mails caught per address of this run. */
    private static Map<String, Integer> mailsTo(List<String> emails) throws IOException {
        var wanted = new java.util.HashSet<>(emails);
        var counts = new HashMap<String, Integer>();
        try (var files = Files.list(DIR.resolve("mail"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".eml")).toList()) {
                var to = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .filter(line -> line.startsWith("X-Catcher-To: "))
                        .map(line -> line.substring(14)
                                .replace("<", "")
                                .replace(">", "")
                                .strip())
                        .collect(Collectors.joining());
                if (wanted.contains(to)) {
                    counts.merge(to, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static void kill(String process) throws Exception {
        var pidFile = DIR.resolve("pids").resolve(process + ".pid");
        if (Files.exists(pidFile)) {
            var pid = Long.parseLong(Files.readString(pidFile).strip());
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly); // SIGKILL
        }
    }

    private static String sql(String statement) throws Exception {
        var process = new ProcessBuilder(
                        "mariadb",
                        "--no-defaults",
                        "--socket=" + DIR.resolve("db1/mariadbd.sock"),
                        "-u",
                        System.getProperty("user.name"),
                        "-N",
                        "-B",
                        "-e",
                        statement)
                .redirectErrorStream(true)
                .start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }

    private static void cluster(String command) throws Exception {
        var builder = new ProcessBuilder(SCRIPT.toString(), command).inheritIO();
        builder.environment().put("CSI_CLUSTER_DIR", DIR.toString());
        assertThat(builder.start().waitFor()).as("cluster.sh " + command).isZero();
    }
}
