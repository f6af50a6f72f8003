package com.dealercsi.reporting.internal;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.StoreAdministration;
import com.dealercsi.admin.StoreRef;
import com.dealercsi.scoring.CsiCalculator;
import com.dealercsi.shared.Factor;
import com.dealercsi.shared.Language;
import com.dealercsi.survey.Rating;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo and benchmark tooling: fills the database with a dealer group's year, e.g. 1,000,000 answers for 50 stores
 * and 500 advisors (README, "Dashboard benchmark"). Stores and advisors are created through the administration
 * service; answers go straight into the reporting read model, with the delivered visits and sent invitations
 * the rates need, by batched SQL, as a database restore would. Owner data is not generated: exports of these
 * rows have empty owner columns.
 */
@Component
public class BenchmarkGenerator {

    private static final Logger log = LoggerFactory.getLogger(BenchmarkGenerator.class);
    private static final int BATCH = 2000;
    private static final String[] COMMENTS = {
        "服务很好", "等待时间太长", "休息区很舒服", "价格有点贵", "顾问很专业", "洗车不干净", "一次修好了，谢谢", "预约很方便", "交车说明很清楚", "停车不方便"
    };

    private final JdbcTemplate jdbc;
    private final StoreAdministration administration;
    private final Clock clock;
    private final ReportingProjection projection;
    private final com.dealercsi.admin.Stores allStores;

    BenchmarkGenerator(
            JdbcTemplate jdbc,
            StoreAdministration administration,
            Clock clock,
            ReportingProjection projection,
            com.dealercsi.admin.Stores allStores) {
        this.jdbc = jdbc;
        this.administration = administration;
        this.clock = clock;
        this.projection = projection;
        this.allStores = allStores;
    }

    /**
     * Generates once per database: a second run on the same data directory finds the benchmark stores and only
     * rebuilds the roll-ups, so figures can be re-measured after a change without waiting for the data again.
     */
    public List<StoreRef> generateOnce(int responses, int storeCount, int advisorsPerStore, int days) {
        var existing = new ArrayList<StoreRef>();
        for (int s = 0; s < storeCount; s++) {
            allStores.findByCode("BENCH-" + s).ifPresent(existing::add);
        }
        if (existing.size() == storeCount) {
            var started = System.nanoTime();
            projection.rebuildRollups();
            log.info(
                    "Benchmark data found; roll-ups rebuilt in {} s",
                    Duration.ofNanos(System.nanoTime() - started).toSeconds());
            return existing;
        }
        return generate(responses, storeCount, advisorsPerStore, days, 6L, "BENCH");
    }

    /** The stores created, the first one first; answers are spread evenly over the last {@code days} days. */
    public List<StoreRef> generate(
            int responses, int storeCount, int advisorsPerStore, int days, long seed, String prefix) {
        var started = System.nanoTime();
        var random = new SplittableRandom(seed);
        var stores = new ArrayList<StoreRef>();
        var advisors = new ArrayList<List<UUID>>();
        var advisorNames = new ArrayList<List<String>>();
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "benchmark", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        SecurityContextHolder.setContext(context);
        try {
            for (int s = 0; s < storeCount; s++) {
                var store = administration
                        .createStore(prefix + "-" + s, "基准门店 " + (s + 1), ZoneId.of("Asia/Shanghai"), null)
                        .store();
                stores.add(store);
                var ids = new ArrayList<UUID>();
                var names = new ArrayList<String>();
                for (int a = 0; a < advisorsPerStore; a++) {
                    var name = "顾问 " + (s + 1) + "-" + (a + 1);
                    ids.add(administration
                            .addStaff(
                                    name,
                                    (prefix + "-" + s + "-" + a + "@bench.local").toLowerCase(),
                                    Language.ZH_CN,
                                    prefix + "-" + s + "-" + a,
                                    Set.of(Role.ADVISOR),
                                    Set.of(store.id()))
                            .account()
                            .id());
                    names.add(name);
                }
                advisors.add(ids);
                advisorNames.add(names);
            }
        } finally {
            SecurityContextHolder.setContext(previous);
        }

        var zone = ZoneId.of("Asia/Shanghai");
        var today = clock.instant().atZone(zone).toLocalDate();
        var firstDay = today.minusDays(days - 1L);
        var items = ReportColumns.ITEMS;
        var weights = java.util.Arrays.stream(com.dealercsi.shared.Factor.values())
                .collect(java.util.stream.Collectors.toMap(
                        factor -> factor, com.dealercsi.shared.Factor::defaultWeight));
        var responseRows = new ArrayList<Object[]>(BATCH);
        var visitRows = new ArrayList<Object[]>(BATCH);
        var invitationRows = new ArrayList<Object[]>(BATCH);
        var responseSql = responseInsert();
        for (int i = 0; i < responses; i++) {
            int s = random.nextInt(storeCount);
            int a = random.nextInt(advisorsPerStore);
            var day = firstDay.plusDays((long) i * days / responses);
            Instant delivered = day.atTime(8, 0).atZone(zone).toInstant().plusSeconds(random.nextInt(10 * 3600));
            Instant submitted = delivered.plus(Duration.ofMinutes(150 + random.nextInt(60 * 24 * 3)));
            // a store has a character: better stores rate higher
            int base = 6 + (s % 4);
            var ratings = new ArrayList<Rating>(items.size());
            for (var item : items) {
                Integer value =
                        random.nextInt(20) == 0 ? null : Math.max(1, Math.min(10, base + random.nextInt(5) - 1));
                ratings.add(new Rating(item.id(), item.factor(), value));
            }
            var factorScores = CsiCalculator.factorScores(ratings);
            var csi = CsiCalculator.csi(factorScores, weights);
            int overall = Math.max(1, Math.min(10, base + random.nextInt(5) - 1));
            int nps = Math.max(0, Math.min(10, base + random.nextInt(6) - 2));
            String alert = overall <= 6 ? "RED" : nps <= 6 ? "AMBER" : null;
            var responseId = UUID.randomUUID();
            var visitId = UUID.randomUUID();
            var store = stores.get(s);
            var row = new ArrayList<@Nullable Object>();
            row.add(responseId.toString());
            row.add(visitId.toString());
            row.add(store.id().toString());
            row.add(advisors.get(s).get(a).toString());
            row.add(advisorNames.get(s).get(a));
            row.add(Timestamp.from(submitted));
            row.add(Date.valueOf(submitted.atZone(zone).toLocalDate()));
            row.add(overall);
            row.add(nps);
            row.add(random.nextInt(5) == 0 ? COMMENTS[random.nextInt(COMMENTS.length)] : null);
            row.add(csi.isPresent() ? csi.getAsDouble() : null);
            for (var factor : Factor.values()) {
                row.add(factorScores.get(factor));
            }
            for (var rating : ratings) {
                row.add(rating.value());
            }
            row.add(alert);
            responseRows.add(row.toArray());
            visitRows.add(new Object[] {
                visitId.toString(),
                store.id().toString(),
                advisors.get(s).get(a).toString(),
                Timestamp.from(delivered),
                Date.valueOf(day),
                Timestamp.from(submitted)
            });
            invitationRows.add(invitation(visitId, store.id(), delivered, submitted));
            // one in five visits is invited but never answers: a response rate near 80 %
            if (random.nextInt(4) == 0) {
                var silentVisit = UUID.randomUUID();
                visitRows.add(new Object[] {
                    silentVisit.toString(),
                    store.id().toString(),
                    advisors.get(s).get(a).toString(),
                    Timestamp.from(delivered),
                    Date.valueOf(day),
                    null
                });
                invitationRows.add(invitation(silentVisit, store.id(), delivered, null));
            }
            if (responseRows.size() >= BATCH) {
                flush(responseSql, responseRows, visitRows, invitationRows);
            }
            if ((i + 1) % 100_000 == 0) {
                log.info("Benchmark data: {} answers written", i + 1);
            }
        }
        flush(responseSql, responseRows, visitRows, invitationRows);
        projection.rebuildRollups();
        log.info(
                "Benchmark data: {} answers, {} stores, {} advisors in {} s",
                responses,
                storeCount,
                storeCount * advisorsPerStore,
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
        return stores;
    }

    private static Object[] invitation(UUID visitId, UUID storeId, Instant delivered, @Nullable Instant answered) {
        var sent = delivered.plus(Duration.ofHours(2));
        return new Object[] {
            UUID.randomUUID().toString(),
            visitId.toString(),
            storeId.toString(),
            answered == null ? "SENT" : "ANSWERED",
            Timestamp.from(sent),
            Timestamp.from(sent),
            Timestamp.from(sent.plus(Duration.ofDays(14))),
            answered == null ? null : Timestamp.from(answered)
        };
    }

    private void flush(
            String responseSql, List<Object[]> responses, List<Object[]> visits, List<Object[]> invitations) {
        jdbc.batchUpdate(responseSql, responses);
        jdbc.batchUpdate(
                "insert into report_visit (visit_id, store_id, advisor_id, delivered_at, day, responded_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                visits);
        jdbc.batchUpdate(
                "insert into invitation (id, visit_id, store_id, language, state, due_at, sent_at,"
                        + " expires_at, answered_at) values (?, ?, ?, 'ZH_CN', ?, ?, ?, ?, ?)",
                invitations);
        responses.clear();
        visits.clear();
        invitations.clear();
    }

    private static String responseInsert() {
        var columns = new ArrayList<>(List.of(
                "response_id",
                "visit_id",
                "store_id",
                "advisor_id",
                "advisor_name",
                "submitted_at",
                "day",
                "overall",
                "nps",
                "owner_comment",
                "csi"));
        for (var factor : Factor.values()) {
            columns.add(ReportColumns.factor(factor));
        }
        for (var item : ReportColumns.ITEMS) {
            columns.add(ReportColumns.item(item));
        }
        columns.add("alert_level");
        return "insert into report_response (answered, scored, " + String.join(", ", columns) + ") values (true, true, "
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
    }
}
