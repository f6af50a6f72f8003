package com.dealercsi.visit;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestStores;
import com.dealercsi.visit.fileimport.ImportFiles;
import com.dealercsi.visit.fileimport.RowCheck.Status;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * How fast a large DMS export comes in: a 50,000-row GBK CSV read, checked (preview) and imported through
 * {@link VisitImports}, the service the import page calls, then how long the outbox takes to hand every
 * {@code VisitDelivered} to its listeners (an invitation per visit, the revisit desk, the reports). The file
 * holds a year of one store's visits; invitations are delayed beyond that here, so no mail goes out and the
 * figures are the import's and its listeners'. Not part of the normal run:
 * {@code ./mvnw test -Dtest=VisitImportBenchmarkIT -Dbenchmark=true} ({@code -Dbenchmark.rows=N} for another size).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@TestPropertySource(properties = "csi.invitation.delay=P400D")
class VisitImportBenchmarkIT extends IntegrationTest {

    static final int ROWS = Integer.getInteger("benchmark.rows", 50_000);
    static final DateTimeFormatter DMS = DateTimeFormatter.ofPattern("yyyy/M/d H:mm");

    @Autowired
    TestStores stores;

    @Autowired
    SignedIn signedIn;

    @Autowired
    VisitImports imports;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fifty_thousand_rows_of_a_gbk_csv() {
        var store = stores.create();
        var csv = new StringBuilder("委托书号,客户名称,联系电话,邮箱,车牌号,车型,VIN码,维修类型,服务顾问,结算日期\n");
        var types = new String[] {"保养", "维修", "索赔", "钣喷"};
        // a year of one store's repair orders, about 137 a day, as a yearly DMS export holds them
        var delivered = LocalDateTime.now(store.store().timeZone()).minusDays(365);
        for (int i = 0; i < ROWS; i++) {
            csv.append("RO-BM-")
                    .append(i)
                    .append(",车主")
                    .append(i)
                    .append(",138")
                    .append(String.format("%08d", i))
                    .append(",owner")
                    .append(i)
                    .append("@example.com,沪A")
                    .append(String.format("%05d", i % 100_000))
                    .append(",途观L,,")
                    .append(types[i % 4])
                    .append(',')
                    .append(i % 2 == 0 ? store.advisorCode() : "顾问 " + store.code())
                    .append(',')
                    .append(DMS.format(delivered.plusSeconds(i * (365L * 86_400 / ROWS))))
                    .append('\n');
        }
        var bytes = csv.toString().getBytes(Charset.forName("GBK"));

        var start = System.nanoTime();
        var table = ImportFiles.read("dms.csv", bytes, null);
        var read = System.nanoTime();
        var mapping = signedIn.as(
                store.managerEmail(), () -> imports.mappingFor(store.store().id(), table.headers()));
        var preview = signedIn.as(
                store.managerEmail(), () -> imports.preview(store.store().id(), table, mapping));
        var previewed = System.nanoTime();
        var result = signedIn.as(
                store.managerEmail(), () -> imports.importRows(store.store().id(), table, mapping));
        var imported = System.nanoTime();
        assertThat(table.encoding()).isEqualTo(ImportFiles.GB18030);
        assertThat(preview.count(Status.READY)).isEqualTo(ROWS);
        assertThat(result.imported()).isEqualTo(ROWS);

        Awaitility.await()
                .atMost(Duration.ofMinutes(30))
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(() -> count("select count(*) from invitation where store_id = ?", store) >= ROWS
                        && count("select count(*) from event_publication where completion_date is null", null) == 0);
        var handled = System.nanoTime();

        var again = signedIn.as(
                store.managerEmail(), () -> imports.importRows(store.store().id(), table, mapping));
        var reimported = System.nanoTime();
        assertThat(again.imported()).isZero();
        assertThat(again.alreadyThere()).isEqualTo(ROWS);
        assertThat(count("select count(*) from visit where store_id = ?", store))
                .isEqualTo(ROWS);

        System.out.printf(
                """
                BENCHMARK visit import, %,d rows, %,d bytes GBK CSV:
                  read (decode + parse)                 %6.2f s
                  preview (check every row, no writes)  %6.2f s
                  import (check again + store)          %6.2f s
                  file to stored, as the page does it   %6.2f s = %,.0f rows/s
                  file to stored, import alone          %6.2f s = %,.0f rows/s
                  every VisitDelivered handled by its 3 listeners (invitation, revisit desk, reports) %.1f s after \
                the import returned (%,.0f visits/s)
                  same file again: 0 stored, %,d already there, in %.2f s
                %n""",
                ROWS,
                bytes.length,
                seconds(start, read),
                seconds(read, previewed),
                seconds(previewed, imported),
                seconds(start, imported),
                ROWS / seconds(start, imported),
                seconds(start, read) + seconds(previewed, imported),
                ROWS / (seconds(start, read) + seconds(previewed, imported)),
                seconds(imported, handled),
                ROWS / seconds(imported, handled),
                again.alreadyThere(),
                seconds(handled, reimported));
    }

    private long count(String sql, TestStores.@org.jspecify.annotations.Nullable TestStore store) {
        return store == null
                ? jdbc.queryForObject(sql, Long.class)
                : jdbc.queryForObject(sql, Long.class, store.store().id());
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
