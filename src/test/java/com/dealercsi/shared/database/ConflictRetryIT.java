package com.dealercsi.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.support.IntegrationTest;
import com.dealercsi.survey.Surveys;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.BeanFactoryTransactionAttributeSourceAdvisor;

/** A real deadlock on the embedded MariaDB, which reports it as Galera reports a certification conflict: 1213. */
class ConflictRetryIT extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    @Qualifier("conflictRetryAdvisor")
    Advisor conflictRetryAdvisor;

    @Autowired
    BeanFactoryTransactionAttributeSourceAdvisor transactionAdvisor;

    @Autowired
    Surveys surveys;

    /** Adds one to two rows in the order given; on its first call it waits until its rival holds its first row. */
    public static class CrossedWrites {
        private final JdbcTemplate jdbc;
        private final CyclicBarrier bothHoldTheirFirstRow = new CyclicBarrier(2);
        final AtomicInteger calls = new AtomicInteger();

        public CrossedWrites(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Transactional
        @RetryOnConflict
        public void addOne(int first, int second) throws Exception {
            boolean firstTryOfEither = calls.incrementAndGet() <= 2;
            jdbc.update("update conflict_probe set n = n + 1 where id = ?", first);
            if (firstTryOfEither) {
                bothHoldTheirFirstRow.await(20, TimeUnit.SECONDS);
            }
            jdbc.update("update conflict_probe set n = n + 1 where id = ?", second);
        }
    }

    @Test
    void two_transactions_writing_two_rows_in_opposite_order_both_commit_the_loser_once_retried() throws Exception {
        jdbc.execute("create table if not exists conflict_probe (id int primary key, n int not null)");
        jdbc.update("delete from conflict_probe");
        jdbc.update("insert into conflict_probe values (1, 0), (2, 0)");
        var writes = proxied(new CrossedWrites(jdbc));
        double before = retries();

        try (var pool = Executors.newFixedThreadPool(2)) {
            var oneThenTwo = pool.submit(() -> {
                writes.addOne(1, 2);
                return null;
            });
            var twoThenOne = pool.submit(() -> {
                writes.addOne(2, 1);
                return null;
            });
            oneThenTwo.get(60, TimeUnit.SECONDS);
            twoThenOne.get(60, TimeUnit.SECONDS);
        }

        assertThat(retries() - before).isEqualTo(1);
        assertThat(jdbc.queryForList("select n from conflict_probe order by id", Integer.class))
                .containsExactly(2, 2);
        assertThat(((CrossedWrites) ((Advised) writes).getTargetSource().getTarget()).calls)
                .hasValue(3);
        jdbc.execute("drop table conflict_probe");
    }

    @Test
    void the_retry_wraps_the_transaction_of_the_app_s_own_write_services() {
        var advisors = List.of(((Advised) surveys).getAdvisors());

        assertThat(advisors).contains(conflictRetryAdvisor, transactionAdvisor);
        assertThat(advisors.indexOf(conflictRetryAdvisor)).isLessThan(advisors.indexOf(transactionAdvisor));
    }

    private CrossedWrites proxied(CrossedWrites target) {
        var factory = new ProxyFactory(target);
        factory.setProxyTargetClass(true);
        var advisors = new java.util.ArrayList<>(List.of(transactionAdvisor, conflictRetryAdvisor));
        AnnotationAwareOrderComparator.sort(advisors);
        advisors.forEach(factory::addAdvisor);
        return (CrossedWrites) factory.getProxy();
    }

    private double retries() {
        return meters.find(ConflictRetryInterceptor.COUNTER).tag("method", "CrossedWrites.addOne").counters().stream()
                .mapToDouble(io.micrometer.core.instrument.Counter::count)
                .sum();
    }
}
