package com.dealercsi.benchmark.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitHereIfFailed;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Many owners answering at once, as their phones would talk to the server (issue 12, ADR 0054). Each virtual
 * owner opens a fresh personal link (the redirect and the session), loads the survey, and answers every step
 * with 3–8 s to think before each tap, through Vaadin's own UIDL requests: the CSRF token, sync and client ids
 * and node ids all come from the server's answers. Meanwhile a DMS posts batches of visits to the API and two
 * managers reload their dashboards. Any error or "start over" answer counts and fails the run.
 *
 * <p>Opt-in (Maven profile {@code load}); see docs/benchmarks.md. {@code -Dload.owners} owners at once for
 * {@code -Dload.seconds}; with {@code -Dload.ramp-step=N} that many more for each of {@code -Dload.ramp-levels}
 * further levels of {@code -Dload.seconds} each, to find where p95 passes 500 ms.
 */
public class SurveyLoadSimulation extends Simulation {

    private static final int OWNERS = Integer.getInteger("load.owners", 200);
    private static final int SECONDS = Integer.getInteger("load.seconds", 180);
    private static final int RAMP_STEP = Integer.getInteger("load.ramp-step", 0);
    private static final int RAMP_LEVELS = RAMP_STEP == 0 ? 0 : Integer.getInteger("load.ramp-levels", 4);
    /**
     * Seconds over which the first owners arrive, before the measured levels: owners open their mail over minutes,
     * not in one second, and a shop's app has been running for a while, so the measured time is a warm app's.
     */
    private static final int RAMP_IN = Integer.getInteger("load.ramp-in", 30);
    /** Seconds an owner thinks before each tap, the least and the most; other than 3–8 only to try the test out. */
    private static final String[] THINK =
            System.getProperty("load.think", "3-8").split("-");

    private static final List<String> OWNER_STEPS =
            List.of("open link", "open survey", "page ready", "answer", "next", "submit");

    private static final String GENERATOR_CORE = System.getProperty("load.generator-core", "1");
    private static final String CLICK_DATA = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
            + "\"event.ctrlKey\":false,\"event.clientX\":195,\"event.clientY\":819,\"event.altKey\":false,"
            + "\"event.button\":0,\"event.screenY\":972,\"event.screenX\":205}";

    private final AppUnderLoad app;
    private final Timings timings = new Timings();
    private final ConcurrentLinkedQueue<String> links;
    private final AtomicInteger submitted = new AtomicInteger();
    private final AtomicInteger linksMissing = new AtomicInteger();
    private final List<long[]> levels = new ArrayList<>();
    private long startedAt;
    private double cpuAtStart;
    private long heapAtStart;
    private double sessionsAtStart;

    public SurveyLoadSimulation() throws Exception {
        app = new AppUnderLoad();
        int linksNeeded = 0;
        for (int level = 0; level <= RAMP_LEVELS; level++) {
            // an owner takes a good minute and a half; a closed model starts a new one as each finishes
            linksNeeded += (OWNERS + level * RAMP_STEP) * (1 + SECONDS / 75);
        }
        if (RAMP_IN > 0) {
            linksNeeded += OWNERS;
        }
        links = new ConcurrentLinkedQueue<>(app.surveyLinks("owner", linksNeeded));
        System.out.println("load: " + links.size() + " personal links ready");
        pinThisProcessTo(GENERATOR_CORE);

        var protocol = http.baseUrl(app.baseUrl())
                .acceptLanguageHeader("zh-CN,zh;q=0.9")
                .userAgentHeader("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) load test")
                .disableCaching();

        var injection = new ArrayList<ClosedInjectionStep>();
        if (RAMP_IN > 0) {
            injection.add(rampConcurrentUsers(0).to(OWNERS).during(RAMP_IN));
        }
        for (int level = 0; level <= RAMP_LEVELS; level++) {
            injection.add(constantConcurrentUsers(OWNERS + level * RAMP_STEP).during(SECONDS));
        }
        var total = Duration.ofSeconds((long) SECONDS * (RAMP_LEVELS + 1) + RAMP_IN);
        setUp(
                        scenario("owners").exec(owner()).injectClosed(injection),
                        scenario("dms").exec(dms(total)).injectOpen(atOnceUsers(1)),
                        scenario("managers").exec(manager(total)).injectOpen(atOnceUsers(2)))
                .protocols(protocol)
                .maxDuration(total.plusSeconds(20));
    }

    @Override
    public void before() {
        try {
            heapAtStart = app.heapAfterGc();
            sessionsAtStart = app.openSessions();
            cpuAtStart = app.cpuSeconds();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        startedAt = System.currentTimeMillis();
        long measuredFrom = startedAt + RAMP_IN * 1000L;
        for (int level = 0; level <= RAMP_LEVELS; level++) {
            levels.add(new long[] {
                OWNERS + (long) level * RAMP_STEP,
                measuredFrom + level * SECONDS * 1000L,
                measuredFrom + (level + 1) * SECONDS * 1000L
            });
        }
    }

    @Override
    public void after() {
        // counted before the app stops, so that only what owners, the DMS and managers met is counted
        int errorsAtEnd = timings.errors("owners") + timings.errors("dms") + timings.errors("managers");
        try {
            double cpu = app.cpuSeconds() - cpuAtStart;
            double sessions = app.openSessions() - sessionsAtStart;
            long heap = app.heapAfterGc() - heapAtStart;
            long end = System.currentTimeMillis();
            var report = new StringBuilder();
            for (var level : levels) {
                report.append(timings.line("owners", (int) level[0], level[1], level[2]))
                        .append(" [%s – %s]%n"
                                .formatted(Instant.ofEpochMilli(level[1]), Instant.ofEpochMilli(level[2])));
            }
            for (var step : OWNER_STEPS) {
                report.append(timings.line("owners: " + step, (int) levels.getLast()[0], levels.getFirst()[1], end))
                        .append('\n');
            }
            report.append(timings.line("dms", 1, startedAt, end)).append('\n');
            report.append(timings.line("managers", 2, startedAt, end)).append('\n');
            var over = levels.stream()
                    .filter(level -> timings.percentile("owners", 95, level[1], level[2]) > 500)
                    .findFirst();
            report.append(over.map(level ->
                            "load: p95 passed 500 ms at " + level[0] + " owners (" + level[0] / 2 + " per core)\n")
                    .orElse("load: p95 stayed within 500 ms up to " + levels.getLast()[0] + " owners\n"));
            int interactions = timings.count("owners", startedAt, end);
            report.append(
                    "load: submitted=%d owner-interactions=%d app-cpu=%.1f s → %.0f ms CPU per submitted survey, %.1f ms per interaction%n"
                            .formatted(
                                    submitted.get(),
                                    interactions,
                                    cpu,
                                    submitted.get() == 0 ? 0 : cpu * 1000 / submitted.get(),
                                    interactions == 0 ? 0 : cpu * 1000 / interactions));
            report.append("load: heap after GC grew by %.1f MB for %.0f more open sessions → %.1f KB per session%n"
                    .formatted(heap / 1048576.0, sessions, sessions <= 0 ? 0 : heap / 1024.0 / sessions));
            if (linksMissing.get() > 0) {
                report.append("load: " + linksMissing.get() + " owners found no link left and did not start\n");
            }
            report.append("load: load average " + loadAverage() + " at the end\n");
            System.out.print(report);
            var file = java.nio.file.Path.of("target", "benchmarks", "survey-load.txt");
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, report);
            app.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        int errorsLater = timings.errors("owners") + timings.errors("dms") + timings.errors("managers") - errorsAtEnd;
        if (errorsLater > 0) {
            System.out.println(
                    "load: " + errorsLater + " requests failed after the run had ended, while the app stopped");
        }
        if (errorsAtEnd > 0) {
            throw new AssertionError(errorsAtEnd + " interactions failed or were told to start over");
        }
    }

    private ChainBuilder owner() {
        return exec(session -> {
                    var link = links.poll();
                    if (link == null) {
                        linksMissing.incrementAndGet();
                        return session.markAsFailed();
                    }
                    return session.set("link", link);
                })
                .exitHereIfFailed()
                .exec(http("open link")
                        .get("#{link}")
                        .disableFollowRedirect()
                        .check(status().is(303), responseTimeInMillis().saveAs("rt")))
                .exec(session -> {
                    if (!session.isFailed()) {
                        recordOwnerStep(session.set("step", "open link"));
                    }
                    return session.isFailed() ? failed("owners", session) : session;
                })
                .exitHereIfFailed()
                .exec(http("open survey")
                        .get("/survey")
                        .check(
                                status().is(200),
                                bodyString().saveAs("page"),
                                responseTimeInMillis().saveAs("rt")))
                .exec(this::bootstrap)
                .exitHereIfFailed()
                .exec(uidl(
                        "page ready",
                        session -> "[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                                + "\"data\":{\"route\":\"survey\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":null,"
                                + "\"trigger\":\"\"}}]"))
                .asLongAs(session -> nodes(session).containsKey("next"))
                .on(
                        foreach(SurveyLoadSimulation::questions, "field")
                                .on(think().exec(uidl("answer", SurveyLoadSimulation::answer))),
                        think().exec(uidl("next", session -> click(session, "next"))))
                .exec(session -> nodes(session).containsKey("submit") ? session : failed("owners", session))
                .exitHereIfFailed()
                .exec(think())
                .exec(uidl("submit", session -> click(session, "submit")))
                .exec(session -> {
                    if (String.valueOf(session.getString("last")).contains("survey-notice")) {
                        submitted.incrementAndGet();
                        return session;
                    }
                    return failed("owners", session);
                });
    }

    private static ChainBuilder think() {
        return pause(Duration.ofSeconds(Long.parseLong(THINK[0])), Duration.ofSeconds(Long.parseLong(THINK[1])));
    }

    private ChainBuilder uidl(String name, Function<Session, String> rpc) {
        HttpRequestActionBuilder request = http(name)
                .post(session -> "/?v-r=uidl&v-uiId=" + session.getInt("uiId"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> "{\"csrfToken\":\"" + session.getString("csrf") + "\",\"rpc\":"
                        + rpc.apply(session) + ",\"syncId\":" + session.getInt("syncId") + ",\"clientId\":"
                        + session.getInt("clientId") + "}"))
                .check(
                        status().is(200),
                        bodyString().saveAs("uidl"),
                        responseTimeInMillis().saveAs("rt"));
        return exec(session -> session.set("step", name))
                .exec(request)
                .exec(this::afterUidl)
                .exec(exitHereIfFailed());
    }

    private Session bootstrap(Session session) {
        if (session.isFailed() || !session.contains("page")) {
            return failed("owners", session);
        }
        var page = session.getString("page");
        recordOwnerStep(session.set("step", "open survey"));
        try {
            var uiId = page.replaceAll("(?s).*\"v-uiId\":(\\d+).*", "$1");
            return session.set("csrf", Uidl.securityKey(page))
                    .set("uiId", Integer.parseInt(uiId))
                    .set("syncId", Uidl.syncId(page))
                    .set("clientId", 0)
                    .set("nodes", Uidl.nodes(Map.of(), page))
                    .remove("page");
        } catch (RuntimeException e) {
            return failed("owners", session);
        }
    }

    private Session afterUidl(Session session) {
        if (session.isFailed() || !session.contains("uidl")) {
            return failed("owners", session);
        }
        var body = session.getString("uidl");
        if (Uidl.needsRefresh(body)) {
            return failed("owners", session);
        }
        recordOwnerStep(session);
        return session.set("syncId", Uidl.syncId(body))
                .set("clientId", Uidl.nextClientId(body))
                .set("nodes", Uidl.nodes(nodes(session), body))
                .set("last", body)
                .remove("uidl");
    }

    private void recordOwnerStep(Session session) {
        timings.record("owners", session.getInt("rt"));
        timings.record("owners: " + session.getString("step"), session.getInt("rt"));
    }

    private Session timed(String scenario, Session session) {
        if (session.isFailed()) {
            return failed(scenario, session);
        }
        timings.record(scenario, session.getInt("rt"));
        return session;
    }

    private Session failed(String scenario, Session session) {
        timings.error(scenario);
        return session.markAsFailed();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> nodes(Session session) {
        return (Map<String, Integer>) session.get("nodes");
    }

    /** The questions on the step shown: its rating scales, and the consent choice on the comment step. */
    private static List<String> questions(Session session) {
        return nodes(session).keySet().stream()
                .filter(id -> id.startsWith("rating-") || id.equals("consent"))
                .sorted()
                .toList();
    }

    /** An 8 on a scale (its 8th tile, as the browser sends it: the item's key), or "no" to being contacted. */
    private static String answer(Session session) {
        var field = session.getString("field");
        var node = nodes(session).get(field);
        var key = field.equals("consent") ? "2" : "8";
        return "[{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"value\",\"value\":\"" + key
                + "\"},{\"type\":\"event\",\"node\":" + node + ",\"event\":\"value-changed\",\"data\":{}}]";
    }

    private static String click(Session session, String button) {
        return "[{\"type\":\"event\",\"node\":" + nodes(session).get(button) + ",\"event\":\"click\",\"data\":"
                + CLICK_DATA + "}]";
    }

    private ChainBuilder dms(Duration total) {
        var batch = new AtomicInteger();
        return during(total)
                .on(pause(Duration.ofSeconds(10))
                        .exec(session -> session.set("batch", batch.incrementAndGet()))
                        .exec(http("visit batch")
                                .post("/api/v1/visits:batch")
                                .header("X-Api-Key", AppUnderLoad.API_KEY)
                                .header("Content-Type", "application/json")
                                .body(StringBody(session -> {
                                    var visits = new ArrayList<String>();
                                    for (int i = 0; i < 50; i++) {
                                        visits.add(AppUnderLoad.visitJson(
                                                "dms-" + session.getInt("batch") + "-" + i,
                                                Instant.now().minus(Duration.ofHours(1))));
                                    }
                                    return "{\"visits\": [" + String.join(",", visits) + "]}";
                                }))
                                .check(status().is(200), responseTimeInMillis().saveAs("rt")))
                        .exec(session -> timed("dms", session))
                        .exec(session -> session.markAsSucceeded()));
    }

    private ChainBuilder manager(Duration total) {
        var managers = new ConcurrentLinkedQueue<>(List.of("manager@demo.local", "cs@demo.local"));
        return exec(session -> session.set("user", managers.poll()))
                .exec(http("login page")
                        .get("/login")
                        .check(
                                status().is(200),
                                regex("<meta name=\"_csrf\" content=\"([^\"]+)\"")
                                        .saveAs("csrf")))
                .exec(http("log in")
                        .post("/login")
                        .formParam("username", "#{user}")
                        .formParam("password", "demo")
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(200), currentLocationRegex("login").notExists()))
                .exec(session -> session.isFailed() ? failed("managers", session) : session)
                .exitHereIfFailed()
                .during(total)
                .on(pause(5, 10)
                        .exec(http("dashboard")
                                .get("/dashboard")
                                .check(
                                        status().is(200),
                                        regex("dashboard").exists(),
                                        responseTimeInMillis().saveAs("rt")))
                        .exec(session -> timed("managers", session))
                        .exec(session -> session.markAsSucceeded()));
    }

    /** The generator keeps to one core, so the app has the other to itself (and shares this one). */
    private static void pinThisProcessTo(String core) throws Exception {
        if (!java.nio.file.Files.isExecutable(java.nio.file.Path.of("/usr/bin/taskset"))) {
            return;
        }
        var pin = new ProcessBuilder(
                        "/usr/bin/taskset",
                        "-a",
                        "-pc",
                        core,
                        String.valueOf(ProcessHandle.current().pid()))
                .redirectErrorStream(true)
                .start();
        pin.getInputStream().readAllBytes();
        pin.waitFor();
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
