package com.dealercsi.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.privacy.internal.Retention;
import com.dealercsi.security.StoreApiPrincipal;
import com.dealercsi.shared.privacy.OwnerQuery;
import com.dealercsi.shared.privacy.PersonalDataEraser;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.TestStores;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How long the retention run takes over 1,000,000 visits past the period, each with its invitation, its answer
 * with a comment and its read-model row, and every 50th with a recovery case whose contact note and history quote
 * the comment; and how long erasing one owner takes among them. The data is written by SQL from MariaDB's sequence
 * engine ({@code seq_1_to_N}), which takes minutes instead of the hours the API would. Not part of the normal run:
 * {@code ./mvnw test -Dtest=RetentionBenchmarkIT -Dbenchmark=true} ({@code -Dbenchmark.visits=N} for another size).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class RetentionBenchmarkIT extends IntegrationTest {

    static final int VISITS = Integer.getInteger("benchmark.visits", 1_000_000);
    static final int CHUNK = 100_000;
    static final int OWNERS_ERASED_ONE_BY_ONE = 20;

    @Autowired
    TestStores stores;

    @Autowired
    Retention retention;

    @Autowired
    OwnerErasure erasure;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_retention_run_over_a_million_visits() throws Exception {
        var store = stores.create();
        var storeId = store.store().id().toString();

        long seeding = System.nanoTime();
        for (int from = 1; from <= VISITS; from += CHUNK) {
            seed(storeId, from, Math.min(from + CHUNK - 1, VISITS));
        }
        System.out.printf(
                "Seeded %,d visits with invitations, answers and read-model rows, %,d cases, in %d s%n",
                VISITS, count("select count(*) from recovery_case"), (System.nanoTime() - seeding) / 1_000_000_000);
        jdbc.execute("analyze table visit, invitation, survey_response, report_response, recovery_case");

        // one owner at a time among them, as the DMS asks (by mobile)
        var single = new ArrayList<Long>();
        for (int i = 1; i <= OWNERS_ERASED_ONE_BY_ONE; i++) {
            var mobile = mobile(i * (VISITS / OWNERS_ERASED_ONE_BY_ONE) - 7);
            long started = System.nanoTime();
            var result = asStoreApi(
                    store, () -> erasure.eraseForStore(store.store().id(), OwnerQuery.byMobile(mobile), "benchmark"));
            single.add((System.nanoTime() - started) / 1_000);
            assertThat(result.visits()).isEqualTo(1);
        }
        single.sort(null);
        System.out.printf(
                "Erasing one owner among %,d visits: median %.1f ms, slowest %.1f ms (%d owners)%n",
                VISITS, single.get(single.size() / 2) / 1000.0, single.getLast() / 1000.0, single.size());

        var run = retention.run();

        System.out.printf(
                "Retention run over %,d visits: %,d erased in %.1f s (%.0f visits/s), %s%n",
                VISITS,
                run.visits(),
                run.took().toMillis() / 1000.0,
                run.visits() / (run.took().toMillis() / 1000.0),
                run.erasedByTable());
        assertThat(run.visits()).isEqualTo(VISITS - OWNERS_ERASED_ONE_BY_ONE);
        assertThat(count("select count(*) from visit where store_id = '" + storeId + "' and erased_at is null"))
                .isZero();
        assertThat(count("select count(*) from survey_response where store_id = '" + storeId
                        + "' and owner_comment <> '" + PersonalDataEraser.MARKER + "'"))
                .isZero();

        var again = retention.run();
        System.out.printf(
                "The next night's run, nothing left to erase: %d ms%n",
                again.took().toMillis());
    }

    /** Visits {@code from}..{@code to}, delivered 25 to 36 months ago, all answered; every 50th with a case. */
    private void seed(String storeId, int from, int to) {
        var range = " from seq_1_to_" + VISITS + " where seq between " + from + " and " + to;
        var delivered = "date_sub(date_sub(utc_timestamp(6), interval 25 month), interval seq * 28 second)";
        jdbc.update("insert into visit (id, store_id, ro_number, owner_name, email, phone, plate, vin, model,"
                + " service_type, advisor_id, advisor_name, delivered_at, language, received_at, announced_at)"
                + " select " + id(0) + ", '" + storeId + "', concat('BM-', seq), concat('车主', seq),"
                + " concat('owner', seq, '@example.com'), concat('+86139', lpad(seq, 8, '0')),"
                + " concat('沪A', lpad(seq mod 100000, 5, '0')), null, '途观L', 'MAINTENANCE', null, '顾问 BM', "
                + delivered + ", 'ZH_CN', " + delivered + ", " + delivered + range);
        jdbc.update("insert into invitation (id, visit_id, store_id, language, state, due_at, sent_at, expires_at,"
                + " answered_at, token_hash, version, email_hash, created_at)"
                + " select " + id(1) + ", " + id(0) + ", '" + storeId + "', 'ZH_CN', 'ANSWERED', " + delivered + ", "
                + delivered + ", date_add(" + delivered + ", interval 14 day), date_add(" + delivered
                + ", interval 1 day), sha2(concat('token', seq), 256), 1,"
                + " sha2(concat('owner', seq, '@example.com'), 256), " + delivered + range);
        jdbc.update("insert into survey_response (id, invitation_id, visit_id, store_id, questionnaire_version,"
                + " overall, nps, owner_comment, contact_consent, submitted_at)"
                + " select " + id(2) + ", " + id(1) + ", " + id(0) + ", '" + storeId + "', 1, 1 + seq mod 10,"
                + " seq mod 11, concat('第', seq, '位车主：等了很久，车主电话 139', lpad(seq, 8, '0')), true,"
                + " date_add(" + delivered + ", interval 1 day)" + range);
        jdbc.update("insert into report_response (response_id, visit_id, store_id, advisor_id, advisor_name,"
                + " submitted_at, day, answered, scored, overall, nps, owner_comment, csi)"
                + " select " + id(2) + ", " + id(0) + ", '" + storeId + "', null, '顾问 BM', date_add(" + delivered
                + ", interval 1 day), date(date_add(" + delivered + ", interval 1 day)), true, true, 1 + seq mod 10,"
                + " seq mod 11, concat('第', seq, '位车主：等了很久'), 500 + seq mod 500" + range);
        var cases = range + " and seq mod 50 = 0";
        jdbc.update("insert into recovery_case (id, alert_id, response_id, visit_id, store_id, alert_level, status,"
                + " advisor_name, opened_at, acknowledge_due, first_contact_due, close_due, outcome, closed_at)"
                + " select " + id(3) + ", " + id(4) + ", " + id(2) + ", " + id(0) + ", '" + storeId
                + "', 'RED', 'CLOSED', '顾问 BM', " + delivered + ", " + delivered + ", " + delivered + ", "
                + delivered + ", 'SATISFIED', " + delivered + cases);
        jdbc.update("insert into recovery_contact_attempt (id, case_id, attempted_at, channel, result, note,"
                + " attempted_by) select " + id(5) + ", " + id(3) + ", " + delivered + ", 'PHONE', 'REACHED',"
                + " concat('车主', seq, '说等了很久'), 'CS BM'" + cases);
        jdbc.update("insert into recovery_case_audit (id, case_id, position, happened_at, actor, action, detail,"
                + " store_id) select " + id(6) + ", " + id(3) + ", 0, " + delivered + ", 'CS BM', 'ATTEMPT',"
                + " concat('PHONE · REACHED · 车主', seq, '说等了很久'), '" + storeId + "'" + cases);
    }

    /** A UUID per sequence number and kind of row. */
    private static String id(int kind) {
        return "concat('0000000" + kind + "-0000-4000-8000-', lpad(hex(seq), 12, '0'))";
    }

    private static String mobile(int seq) {
        return "+86139" + String.format("%08d", seq);
    }

    private long count(String sql) {
        var found = jdbc.queryForObject(sql, Long.class);
        return found == null ? 0 : found;
    }

    private static <T> T asStoreApi(TestStores.TestStore store, Callable<T> work) throws Exception {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new StoreApiPrincipal(store.store().id(), store.code()),
                null,
                AuthorityUtils.createAuthorityList("ROLE_STORE_API")));
        SecurityContextHolder.setContext(context);
        try {
            return work.call();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
