package com.dealercsi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.dealercsi.support.Api;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.Mails;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * sqlmap, a tool nobody here wrote, against the doors an outsider can reach without a log-in: the DMS API (JSON
 * body), an owner's survey link and the staff login form. The same calls as {@code scripts/security-probes.sh};
 * the options are explained there and in the README ("Security probes").
 */
class SqlInjectionProbeIT extends IntegrationTest {

    private static final Path SQLMAP = Path.of("/usr/bin/sqlmap");
    private static final Path OUT = Path.of("target", "sqlmap");
    /**
     * sqlmap's verdicts: an injection point it confirmed, or a database error its first quote provoked. A line
     * "appears to be … injectable" alone is a candidate that sqlmap then checks itself; when the check says "false
     * positive", it is counted in the summary, not as a finding.
     */
    private static final Pattern FINDING = Pattern.compile(
            "identified the following injection point|is vulnerable|^Parameter: .+\\(.+\\)"
                    + "|heuristic \\(basic\\) test shows that .+ might be injectable",
            Pattern.MULTILINE);

    private static final Pattern CANDIDATE = Pattern.compile("appears to be '.+' injectable");
    private static final Pattern REQUEST = Pattern.compile("^HTTP request \\[#\\d+\\]:", Pattern.MULTILINE);

    @Autowired
    TestStores stores;

    @Test
    void sql_injection_probes_find_nothing() throws Exception {
        assumeTrue(Files.isExecutable(SQLMAP), "sqlmap is not installed (apt-get install sqlmap; .ci/run does)");
        var store = stores.create();
        // delivered long ago, so the probe's visits are kept but their invitations are skipped (too old): the
        // probe sends no mail into the mailbox the other tests read
        var visit = Api.visitJson("RO-PROBE", "probe@example.com", store.advisorCode(), "en")
                .replace("2026-11-27T10:30:00+08:00", "2001-01-01T10:00:00+08:00")
                .replaceAll("\\s+", " ");
        var token = surveyToken(store);

        var results = new ArrayList<Result>();
        results.add(sqlmap(
                "api-visits",
                "-u",
                baseUrl() + "/api/v1/visits",
                "--method=POST",
                "--data=" + visit,
                "-H",
                "Content-Type: application/json",
                "-H",
                "X-Api-Key: " + store.apiKey()));
        // a real link, so the limiter on wrong links (per client address) is not fed by the unchanged requests;
        // payloads that do not look like a token never reach the database, which is the point of the check
        results.add(sqlmap("survey-link", "-u", baseUrl() + "/survey/" + token + "*", "--ignore-redirects"));
        // the e-mail keys the login delay: each payload for it is a new address, and while the password is
        // probed the address changes on every request, so the delay (a correct defence) does not stall sqlmap
        var login = "--data=username=probe%40example.com&password=x";
        results.add(sqlmap("login-username", "-u", baseUrl() + "/login", login, "-p", "username"));
        results.add(
                sqlmap("login-password", "-u", baseUrl() + "/login", login, "-p", "password", "--randomize=username"));

        var summary = new StringBuilder();
        results.forEach(r -> summary.append(r.summary()).append('\n'));
        Files.writeString(OUT.resolve("summary.txt"), summary);
        System.out.println("sqlmap probes:\n" + summary);
        for (var result : results) {
            assertThat(result.exitCode())
                    .as(result.name() + " exit code, see " + result.log())
                    .isZero();
            assertThat(result.requests())
                    .as(result.name() + " sent requests, see " + result.log())
                    .isGreaterThan(50);
            assertThat(result.output())
                    .as(result.name() + " tested, see " + result.log())
                    .contains("testing '")
                    .contains("do not appear to be injectable");
            assertThat(result.findings())
                    .as(result.name() + " findings, see " + result.log())
                    .isEmpty();
        }
        // the probe of the link did not lock the loopback address out of the survey (the other tests use it)
        var after = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/survey/" + token))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        assertThat(after.statusCode()).isNotEqualTo(429);
    }

    private String surveyToken(TestStores.TestStore store) {
        var email = "probe-" + store.code() + "@example.com";
        Api.postVisit(baseUrl(), store.apiKey(), Api.visitJson("RO-LINK", email, store.advisorCode(), "en"), "en");
        var link = Mails.surveyLink(
                TestMailServer.awaitMails(email, 1, Duration.ofSeconds(20)).getFirst());
        return link.substring(link.lastIndexOf('/') + 1);
    }

    /** Runs sqlmap with the shared options; everything it writes stays under target/sqlmap/{name}. */
    private static Result sqlmap(String name, String... target) throws IOException, InterruptedException {
        var dir = OUT.resolve(name).toAbsolutePath();
        Files.createDirectories(dir);
        var traffic = dir.resolve("traffic.txt");
        Files.deleteIfExists(traffic);
        var command = new ArrayList<>(List.of(SQLMAP.toString()));
        command.addAll(List.of(target));
        command.addAll(options(dir, traffic));
        var log = dir.resolve("sqlmap.log");
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .directory(dir.toFile());
        // sqlmap keeps its history under $HOME; this keeps the build machine's home untouched
        process.environment().put("HOME", dir.toString());
        process.environment().put("TERM", "dumb");
        process.environment().keySet().removeIf(key -> key.toLowerCase().endsWith("_proxy"));
        long started = System.nanoTime();
        var running = process.start();
        if (!running.waitFor(6, TimeUnit.MINUTES)) {
            running.destroyForcibly();
            throw new AssertionError(name + ": sqlmap did not finish in 6 minutes, see " + log);
        }
        var elapsed = Duration.ofNanos(System.nanoTime() - started);
        var output = Files.readString(log, StandardCharsets.UTF_8);
        var requests = Files.exists(traffic)
                ? (int) REQUEST.matcher(Files.readString(traffic, StandardCharsets.UTF_8))
                        .results()
                        .count()
                : 0;
        var findings = FINDING.matcher(output)
                .results()
                .map(m -> lineAround(output, m.start()))
                .toList();
        var candidates = (int) CANDIDATE.matcher(output).results().count();
        return new Result(
                name,
                String.join(" ", command),
                running.exitValue(),
                requests,
                findings,
                candidates,
                elapsed,
                log,
                output);
    }

    /** The options every probe shares: see scripts/security-probes.sh for why each is there. */
    static List<String> options(Path dir, Path traffic) {
        return List.of(
                "--batch",
                "--disable-coloring",
                "--answers=Github=N,follow=Y,resend=N",
                "--ignore-proxy",
                "--level=2",
                "--risk=1",
                "--dbms=MySQL",
                "--technique=BEUST",
                "--timeout=10",
                "--retries=1",
                "--skip-waf",
                "--flush-session",
                "--output-dir=" + dir,
                "-t",
                traffic.toString());
    }

    private static String lineAround(String text, int at) {
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    record Result(
            String name,
            String command,
            int exitCode,
            int requests,
            List<String> findings,
            int candidates,
            Duration elapsed,
            Path log,
            String output) {

        String summary() {
            return ("%s: %d requests, %d findings, %d candidates dismissed by sqlmap as false positives, %d s, "
                            + "exit %d%n  %s")
                    .formatted(name, requests, findings.size(), candidates, elapsed.toSeconds(), exitCode, command);
        }
    }
}
