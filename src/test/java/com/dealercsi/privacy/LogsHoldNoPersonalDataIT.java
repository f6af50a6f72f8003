package com.dealercsi.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.invitation.InvitationState;
import com.dealercsi.invitation.Invitations;
import com.dealercsi.support.Api;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.Mails;
import com.dealercsi.support.RefusingSmtpServer;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import com.dealercsi.survey.Questionnaires;
import com.dealercsi.survey.SurveyAnswers;
import com.dealercsi.survey.Surveys;
import com.dealercsi.visit.VisitImports;
import com.dealercsi.visit.fileimport.ImportFiles;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The owner's whole loop, with the app's own loggers at DEBUG and Spring Modulith at its production level, leaves
 * no owner's name, mobile, e-mail, plate, VIN or comment in the log (ADR 0053): a visit by the API and one by a GBK
 * file, mails refused for now and for good (the server's replies quote the address), a retry, a low answer with a
 * comment, the alert and the case. The log names visits, invitations and stores by their ids instead.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogsHoldNoPersonalDataIT extends IntegrationTest {

    private static final String NAME = "欧阳志强";
    private static final String EMAIL = "zq.owner.7731@example.com";
    private static final String MOBILE = "139 1234 5678";
    private static final String PLATE = "沪Z9Q8W7";
    private static final String VIN = "LSVZK12345X987654";
    private static final String COMMENT = "我要退款 </script><b>ZQ-COMMENT-7731</b> 等了三个小时";

    private static final String GONE_EMAIL = "zq.gone.7731@example.com";
    private static final String FILE_NAME = "司马晓燕";
    private static final String FILE_EMAIL = "zq.file.7731@example.com";
    private static final String FILE_MOBILE = "137 7654 3210";
    private static final String FILE_PLATE = "京Q7K3M9";

    @Autowired
    TestStores stores;

    @Autowired
    SignedIn signedIn;

    @Autowired
    VisitImports imports;

    @Autowired
    Surveys surveys;

    @Autowired
    Invitations invitations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LoggingSystem logging;

    @BeforeEach
    void loudLogs() {
        logging.setLogLevel("com.dealercsi", LogLevel.DEBUG);
        logging.setLogLevel("org.springframework.modulith", LogLevel.INFO);
        // the test's own mail server, not the app, names every mailbox it creates
        logging.setLogLevel("com.icegreen.greenmail", LogLevel.WARN);
    }

    @AfterEach
    void usualLogs() {
        logging.setLogLevel("com.dealercsi", null);
        logging.setLogLevel("org.springframework.modulith", LogLevel.WARN);
        logging.setLogLevel("com.icegreen.greenmail", null);
    }

    @Test
    void the_owners_whole_loop_leaves_no_personal_data_in_the_log(CapturedOutput output) {
        var store = stores.create();

        // refused for now, quoting the address: the outbox retries, and the mail goes once the server takes it
        UUID visitId;
        TestMailServer.stop();
        try (var refusing = RefusingSmtpServer.onTestMailPort("451 4.2.1 <" + EMAIL + ">: mailbox busy")) {
            visitId = postVisit(store, "RO-LOG1", NAME, EMAIL, MOBILE, PLATE, VIN);
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> refusing.refusals() >= 2);
        } finally {
            TestMailServer.restart();
        }
        var mail = TestMailServer.awaitMails(EMAIL, 1, Duration.ofSeconds(30)).getFirst();

        // refused for good, quoting the address: the invitation is given up on, and the log says which
        UUID goneVisitId;
        TestMailServer.stop();
        try (var refusing = RefusingSmtpServer.onTestMailPort("550 5.1.1 <" + GONE_EMAIL + ">: unknown user")) {
            goneVisitId = postVisit(store, "RO-LOG2", NAME, GONE_EMAIL, MOBILE, PLATE, VIN);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> invitations
                            .statusOfVisit(goneVisitId)
                            .map(status -> status.state() == InvitationState.UNDELIVERABLE)
                            .orElse(false));
        } finally {
            TestMailServer.restart();
        }

        importFile(store);
        TestMailServer.awaitMails(FILE_EMAIL, 1, Duration.ofSeconds(30));

        // a low answer with a keyword and markup in the comment: red alert, alert mails, a case
        var link = Mails.surveyLink(mail);
        surveys.submit(link.substring(link.lastIndexOf('/') + 1), Questionnaires.STANDARD_VERSION, lowAnswer(COMMENT));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from recovery_case where visit_id = ?", Integer.class, visitId)
                        == 1);
        TestMailServer.awaitMails(store.managerEmail(), 1, Duration.ofSeconds(30));
        // listeners still running after the case opened (reporting, revisit tracking) get their moment to log
        Awaitility.await().pollDelay(Duration.ofSeconds(3)).until(() -> true);

        assertThat(LoggerFactory.getLogger("org.hibernate.SQL").isDebugEnabled())
                .as("no SQL in the log")
                .isFalse();
        assertThat(LoggerFactory.getLogger("org.hibernate.orm.jdbc.bind").isTraceEnabled())
                .as("no values bound to SQL in the log")
                .isFalse();
        var log = output.getAll();
        var undeliverable = invitations.statusOfVisit(goneVisitId).orElseThrow().invitationId();
        assertThat(log)
                .as("the log was captured, and names the invitation given up on by its ids")
                .contains(
                        "Invitation " + undeliverable + " of visit " + goneVisitId + " in store "
                                + store.store().id() + " is undeliverable: 550",
                        "<[recipient]>: unknown user");
        for (var personal : List.of(
                NAME,
                EMAIL,
                "zq.owner.7731",
                GONE_EMAIL,
                "zq.gone.7731",
                MOBILE,
                MOBILE.replace(" ", ""),
                MOBILE.replace(" ", "-"),
                PLATE,
                VIN,
                "ZQ-COMMENT-7731",
                "等了三个小时",
                FILE_NAME,
                FILE_EMAIL,
                FILE_MOBILE,
                FILE_MOBILE.replace(" ", ""),
                FILE_PLATE)) {
            assertThat(log).as("the log holds no personal data").doesNotContain(personal);
        }
    }

    private UUID postVisit(
            TestStores.TestStore store,
            String roNumber,
            String name,
            String email,
            String mobile,
            String plate,
            String vin) {
        var json = """
                {"roNumber": "%s", "ownerName": "%s", "email": "%s", "phone": "%s", "plate": "%s", "vin": "%s",
                 "model": "途观L", "serviceType": "REPAIR", "advisor": "%s",
                 "deliveredAt": "2026-11-27T10:30:00+08:00", "language": "zh-CN"}
                """.formatted(roNumber, name, email, mobile, plate, vin, store.advisorCode());
        var response = Api.postVisit(baseUrl(), store.apiKey(), json, "zh-CN");
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return UUID.fromString(response.body().get("id").asString());
    }

    private void importFile(TestStores.TestStore store) {
        var csv = """
                委托书号,客户名称,联系电话,邮箱,车牌号,车型,服务顾问,结算日期,维修类型
                RO-LOG3,%s,%s,%s,%s,帕萨特,%s,2026/11/20 14:05,保养
                RO-LOG4,%s,12345,bad-address,%s,帕萨特,%s,2026/11/20 14:05,保养
                """.formatted(
                        FILE_NAME,
                        FILE_MOBILE,
                        FILE_EMAIL,
                        FILE_PLATE,
                        store.advisorCode(),
                        FILE_NAME,
                        FILE_PLATE,
                        store.advisorCode())
                .getBytes(Charset.forName("GBK"));
        var table = ImportFiles.read("工单导出.csv", csv, null);
        signedIn.as(store.managerEmail(), () -> {
            var mapping = imports.mappingFor(store.store().id(), table.headers());
            imports.preview(store.store().id(), table, mapping);
            return imports.importRows(store.store().id(), table, mapping);
        });
    }

    private static SurveyAnswers lowAnswer(String comment) {
        var ratings = new HashMap<String, Integer>();
        for (var factor : new String[] {"SI", "SA", "SQ", "SF", "VP"}) {
            for (int item = 1; item <= 3; item++) {
                ratings.put(factor + item, 2);
            }
        }
        return new SurveyAnswers(ratings, 2, 1, comment, true);
    }
}
