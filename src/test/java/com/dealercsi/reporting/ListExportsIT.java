package com.dealercsi.reporting;

import static com.dealercsi.recovery.RecoveryFixtures.answers;
import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.alerting.AlertLevel;
import com.dealercsi.invitation.InvitationState;
import com.dealercsi.recovery.CaseFilter;
import com.dealercsi.recovery.CaseStatus;
import com.dealercsi.recovery.RecoveryCases;
import com.dealercsi.recovery.RecoveryFixtures;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestStores;
import com.dealercsi.survey.Questionnaires;
import com.dealercsi.survey.Surveys;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Invitation and case exports read back: three invited visits of one store today, one answered red (a red
 * case), one answered amber (an amber case), one only sent. Files are read back as a spreadsheet would.
 */
class ListExportsIT extends IntegrationTest {

    static TestStores.TestStore store;

    @Autowired
    RecoveryFixtures fixtures;

    @Autowired
    Surveys surveys;

    @Autowired
    RecoveryCases desk;

    @Autowired
    ListExports exports;

    @Autowired
    SignedIn signedIn;

    LocalDate today = Instant.now().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();

    @BeforeEach
    void threeInvitationsAndTwoCases() {
        if (store != null) {
            return;
        }
        store = fixtures.storeWithGeneralManager();
        var red = RecoveryFixtures.invite(baseUrl(), store, "RO-X-RED");
        var amber = RecoveryFixtures.invite(baseUrl(), store, "RO-X-AMBER");
        RecoveryFixtures.invite(baseUrl(), store, "RO-X-SENT");
        surveys.submit(red, Questionnaires.STANDARD_VERSION, answers(3, 2, 4, "=等了三个小时", true));
        surveys.submit(amber, Questionnaires.STANDARD_VERSION, answers(5, 8, 8, null, false));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> signedIn.as(
                                store.csManagerEmail(),
                                () -> desk.count(new CaseFilter(
                                        null,
                                        null,
                                        false,
                                        null,
                                        null,
                                        store.store().id())))
                        == 2);
    }

    @Test
    void the_invitation_csv_has_a_bom_a_header_and_the_invitations_of_the_period_in_the_chosen_states() {
        var all = invitationsCsv(List.of());
        assertThat(all).startsWith("\uFEFF");
        var lines = all.substring(1).split("\r\n");
        assertThat(lines[0]).startsWith("Due at,Store code,Store,RO number,Owner,Plate,State");
        assertThat(lines).hasSize(4);
        assertThat(Arrays.stream(lines).skip(1).map(line -> line.split(",")[3]))
                .containsExactlyInAnyOrder("RO-X-RED", "RO-X-AMBER", "RO-X-SENT");

        var answered =
                invitationsCsv(List.of(InvitationState.ANSWERED)).substring(1).split("\r\n");
        assertThat(answered).hasSize(3);
        assertThat(answered[1]).contains(store.code(), "王先生", "Answered");
        var sent = invitationsCsv(List.of(InvitationState.SENT)).substring(1).split("\r\n");
        assertThat(sent).hasSize(2);
        assertThat(sent[1]).contains("RO-X-SENT");
    }

    @Test
    void a_period_before_the_invitations_exports_only_the_header() {
        var out = new ByteArrayOutputStream();
        signedIn.run(
                store.managerEmail(),
                () -> exports.invitationsCsv(
                        period(today.minusDays(10), today.minusDays(3)), List.of(), Locale.ENGLISH, out));
        assertThat(out.toString(StandardCharsets.UTF_8).substring(1).split("\r\n"))
                .hasSize(1);
    }

    @Test
    void the_case_excel_holds_the_cases_of_the_period_filtered_by_level_in_chinese() throws Exception {
        var all = casesXlsx(store.managerEmail(), null, null);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(all))) {
            var sheet = workbook.getSheet("案件");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("开案时间");
        }
        var red = casesXlsx(store.managerEmail(), null, AlertLevel.RED);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(red))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            var row = sheet.getRow(1);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(store.code());
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("红色预警");
            assertThat(row.getCell(4).getStringCellValue()).isNotBlank();
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("王先生");
            assertThat(row.getCell(10).getStringCellValue()).isEqualTo("否");
        }
        var closed = casesXlsx(store.managerEmail(), CaseStatus.CLOSED, null);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(closed))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
        }
    }

    @Test
    void the_case_csv_lists_both_cases_and_another_stores_manager_gets_none() {
        var out = new ByteArrayOutputStream();
        signedIn.run(
                store.csManagerEmail(),
                () -> exports.casesCsv(period(today.minusDays(1), today.plusDays(1)), null, null, Locale.ENGLISH, out));
        var lines = out.toString(StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("Opened at,Store code,Store,Level,Status");
        assertThat(String.join("\n", lines)).contains("Red alert", "Amber alert", "Open");

        var other = fixtures.storeWithGeneralManager();
        var foreign = new ByteArrayOutputStream();
        signedIn.run(
                other.managerEmail(),
                () -> exports.casesCsv(
                        new DashboardFilter(
                                today.minusDays(1),
                                today.plusDays(1),
                                Set.of(store.store().id()),
                                Granularity.WEEK,
                                null),
                        null,
                        null,
                        Locale.ENGLISH,
                        foreign));
        assertThat(foreign.toString(StandardCharsets.UTF_8).substring(1).split("\r\n"))
                .hasSize(1);
    }

    private String invitationsCsv(List<InvitationState> states) {
        var out = new ByteArrayOutputStream();
        signedIn.run(
                store.managerEmail(),
                () -> exports.invitationsCsv(
                        period(today.minusDays(1), today.plusDays(1)), states, Locale.ENGLISH, out));
        return out.toString(StandardCharsets.UTF_8);
    }

    private byte[] casesXlsx(String email, CaseStatus status, AlertLevel level) {
        var out = new ByteArrayOutputStream();
        signedIn.run(
                email,
                () -> exports.casesXlsx(
                        period(today.minusDays(1), today.plusDays(1)), status, level, Locale.SIMPLIFIED_CHINESE, out));
        return out.toByteArray();
    }

    private DashboardFilter period(LocalDate from, LocalDate to) {
        return new DashboardFilter(from, to, Set.of(store.store().id()), Granularity.WEEK, null);
    }
}
