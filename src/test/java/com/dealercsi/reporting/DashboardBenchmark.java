package com.dealercsi.reporting;

import com.dealercsi.admin.Role;
import com.dealercsi.reporting.internal.BenchmarkGenerator;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.ReportingData;
import com.dealercsi.targets.Metric;
import com.dealercsi.targets.Targets;
import com.dealercsi.topics.TopicFigures;
import com.dealercsi.topics.internal.TopicBackfill;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard benchmark (docs/benchmarks.md). Not part of the normal test run: start it
 * with {@code ./mvnw -q test -Dtest=DashboardBenchmark -Dcsi.data-dir=target/bench-data}; the data is generated
 * at the first run and reused by later runs on the same directory. {@code -Dcsi.benchmark.responses=…} changes
 * the size of a new data set.
 * Prints the server time of the two dashboards the issue names.
 */
class DashboardBenchmark extends IntegrationTest {

    @Autowired
    BenchmarkGenerator generator;

    @Autowired
    Dashboards dashboards;

    @Autowired
    ReportingData data;

    @Autowired
    Targets targets;

    @Autowired
    TopicBackfill topicBackfill;

    @Autowired
    TopicFigures topicFigures;

    @Test
    void dashboards_over_a_million_answers() {
        int responses = Integer.getInteger("csi.benchmark.responses", 1_000_000);
        var stores = generator.generateOnce(responses, 50, 10, 365);
        // topics on (issue 14): the generated comments are tagged as an upgrade would tag them; a second run on
        // the same data finds them tagged
        long tagging = System.nanoTime();
        int tagged = topicBackfill.tagUntagged();
        var taggingTime = Duration.ofNanos(System.nanoTime() - tagging);
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        var today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        // targets on (issue 14): a group default for the year, and the first store's own monthly override
        var admin = "bench-admin-" + suffix + "@bench.local";
        data.addStaff("Admin", admin, null, Set.of(Role.ADMIN), Set.of());
        data.logInAs(admin);
        targets.set(
                null,
                today.getYear(),
                null,
                Map.of(Metric.CSI, 850.0, Metric.SATISFACTION_RATE, 95.0, Metric.NPS, 40.0));
        targets.set(stores.getFirst().id(), today.getYear(), today.getMonthValue(), Map.of(Metric.CSI, 900.0));
        var email = "bench-group-" + suffix + "@bench.local";
        data.addStaff("Group", email, null, Set.of(Role.GROUP_MANAGER), Set.of());
        data.logInAs(email);
        var oneStore = new DashboardFilter(
                today.minusDays(29), today, Set.of(stores.getFirst().id()), Granularity.WEEK, null);
        var allStores = new DashboardFilter(
                today.minusDays(364),
                today,
                Set.copyOf(stores.stream().map(s -> s.id()).toList()),
                Granularity.MONTH,
                null);

        for (var run = 0; run < 2; run++) {
            measure("warm-up", oneStore);
            measure("warm-up", allStores);
        }
        var results = new ArrayList<String>();
        results.add(measure("one store, 30 days", oneStore));
        results.add(measure("all 50 stores, 12 months", allStores));
        System.out.println("\n==== Dashboard benchmark (" + responses + " answers) ====");
        System.out.println("comments tagged by the backfill: " + tagged + " in " + taggingTime.toSeconds() + " s");
        results.forEach(System.out::println);
        ReportingData.logOut();
    }

    /** The dashboard as the page asks for it: its figures, then the topics panel's, then one topic's comments. */
    private String measure(String name, DashboardFilter filter) {
        long best = Long.MAX_VALUE;
        long bestTopics = Long.MAX_VALUE;
        Dashboard dashboard = null;
        java.util.List<com.dealercsi.topics.TopicFigure> topics = java.util.List.of();
        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            dashboard = dashboards.dashboard(filter);
            long topicsStarted = System.nanoTime();
            topics = topicFigures.figures(filter.storeIds(), filter.from(), filter.to());
            if (!topics.isEmpty()) {
                var answers = topicFigures.latestAnswers(
                        topics.getFirst().topic(), filter.storeIds(), filter.from(), filter.to(), 20);
                dashboards.commentsOf(filter, answers);
            }
            long ended = System.nanoTime();
            best = Math.min(best, ended - started);
            bestTopics = Math.min(bestTopics, ended - topicsStarted);
        }
        return "%-26s best of 3: %5d ms, of which topics %4d ms  (%d answers, CSI %.1f, %s; %d topics, top %s %d)"
                .formatted(
                        name,
                        Duration.ofNanos(best).toMillis(),
                        Duration.ofNanos(bestTopics).toMillis(),
                        dashboard.current().responses(),
                        dashboard.current().csi(),
                        dashboard.track(Metric.CSI),
                        topics.size(),
                        topics.isEmpty() ? "-" : topics.getFirst().topic().code(),
                        topics.isEmpty() ? 0 : topics.getFirst().mentions());
    }
}
