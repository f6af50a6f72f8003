package com.dealercsi.security;

import static com.dealercsi.security.HostileCorpus.asShown;
import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.StoreAdministration;
import com.dealercsi.recovery.ContactChannel;
import com.dealercsi.recovery.ContactResult;
import com.dealercsi.recovery.FollowUpAnswer;
import com.dealercsi.recovery.FollowUpOutcome;
import com.dealercsi.recovery.FollowUps;
import com.dealercsi.recovery.MadeRight;
import com.dealercsi.recovery.RecoveryCases;
import com.dealercsi.recovery.RecoveryFixtures;
import com.dealercsi.recovery.RecoveryStep;
import com.dealercsi.recovery.RevisitDesk;
import com.dealercsi.recovery.RevisitResult;
import com.dealercsi.recovery.internal.FollowUpQueue;
import com.dealercsi.reporting.DashboardFilter;
import com.dealercsi.reporting.Granularity;
import com.dealercsi.reporting.ListExports;
import com.dealercsi.reporting.ResponseExports;
import com.dealercsi.shared.Language;
import com.dealercsi.support.Api;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.Mails;
import com.dealercsi.support.PhoneBrowser;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestCauses;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import com.dealercsi.survey.Questionnaires;
import com.dealercsi.survey.SurveySubmission;
import com.dealercsi.survey.Surveys;
import com.dealercsi.visit.VisitImports;
import com.dealercsi.visit.fileimport.ImportFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an owner or a DMS writes is shown as text everywhere and runs nowhere. A corpus of
 * payloads ({@link HostileCorpus}) goes in through the real entry points (the DMS API, the survey, the phone
 * questionnaire, the revisit desk, the case desk, the follow-up survey, the file import); then every back-office
 * route is loaded in a real browser as each role, in Chinese and in English, and mails, exports and the
 * import's rejected rows are read.
 */
class HostileContentBrowserIT extends IntegrationTest {

    private static final Pattern FOLLOW_UP_LINK = Pattern.compile("https?://[^\\s\"<]+/follow-up/[A-Za-z0-9_-]+");

    /** Collects what a payload could do that leaves no console line: dialogs and policy violations. */
    private static final String WATCH = """
            window.__dialogs = [];
            window.alert = m => { window.__dialogs.push('alert ' + m); };
            window.confirm = m => { window.__dialogs.push('confirm ' + m); return false; };
            window.prompt = m => { window.__dialogs.push('prompt ' + m); return null; };
            window.__csp = [];
            document.addEventListener('securitypolicyviolation',
                e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sample));
            """;

    /** Elements a payload would have made had it been read as HTML. */
    private static final String PLANTED_ELEMENTS = """
            return [...document.querySelectorAll('[onerror], [onload], [ontoggle], [onclick], '
                + 'a[href^="javascript:" i], iframe[src^="javascript:" i], img[src="x"]')]
              .map(e => e.outerHTML.substring(0, 120));""";

    @Autowired
    TestCauses testCauses;

    @Autowired
    RecoveryFixtures fixtures;

    @Autowired
    StoreAdministration administration;

    @Autowired
    Surveys surveys;

    @Autowired
    RevisitDesk revisits;

    @Autowired
    RecoveryCases cases;

    @Autowired
    FollowUpQueue followUpQueue;

    @Autowired
    FollowUps followUps;

    @Autowired
    VisitImports imports;

    @Autowired
    ResponseExports responseExports;

    @Autowired
    ListExports listExports;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    /** What was planted, and where. */
    record Planted(
            TestStores.TestStore store,
            UUID responseId,
            UUID formulaResponseId,
            UUID phoneResponseId,
            UUID caseId,
            UUID calledVisit,
            byte[] rejectedRows) {

        String admin() {
            return "admin-" + store.code() + "@test.local";
        }

        String groupManager() {
            return "group-" + store.code() + "@test.local";
        }
    }

    @Test
    void hostile_content_shows_as_text_on_every_back_office_route_for_every_role_in_both_languages() {
        var planted = plant();
        var store = planted.store();
        var name = asShown(HostileCorpus.NAME);
        var comment = asShown(HostileCorpus.COMMENT);
        var plate = HostileCorpus.plate();
        var routes = routes(planted);
        // where each payload must be seen as text (the route shows it to everyone who may open it)
        var expected = Map.<String, List<String>>of(
                "/responses/" + planted.responseId(),
                List.of(name, comment, asShown(HostileCorpus.MODEL), plate, HostileCorpus.RO),
                "/responses/" + planted.formulaResponseId(),
                List.of(asShown(HostileCorpus.FORMULA_COMMENT)),
                "/responses/" + planted.phoneResponseId(),
                List.of(asShown(HostileCorpus.CALL_NOTE)),
                "/dashboard",
                List.of(comment),
                "/cases/" + planted.caseId(),
                List.of(name, plate, asShown(HostileCorpus.CASE_NOTE), asShown(HostileCorpus.FOLLOW_UP)),
                "/cases",
                List.of(name + " · " + plate),
                "/revisits",
                List.of(name + " · 沪G12345"),
                "/revisits/" + planted.calledVisit() + "/survey",
                List.of(name, asShown(HostileCorpus.MODEL)),
                "/visits/" + planted.calledVisit() + "/pickup-sheet",
                List.of(name));
        var accounts = new LinkedHashMap<String, Role>();
        accounts.put(planted.admin(), Role.ADMIN);
        accounts.put(planted.groupManager(), Role.GROUP_MANAGER);
        accounts.put(RecoveryFixtures.gmEmail(store), Role.GENERAL_MANAGER);
        accounts.put(store.managerEmail(), Role.STORE_MANAGER);
        accounts.put(store.csManagerEmail(), Role.CUSTOMER_SERVICE_MANAGER);
        accounts.put(RecoveryFixtures.csEmail(store), Role.CUSTOMER_SERVICE);
        accounts.put("advisor-" + store.code() + "@test.local", Role.ADVISOR);
        var problems = new ArrayList<String>();
        int pages = 0;
        var started = System.nanoTime();

        try (var browser = new PhoneBrowser("zh-CN")) {
            browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
            for (var account : accounts.entrySet()) {
                signIn(browser, account.getKey());
                for (var language : List.of("zh", "en")) {
                    // the back office opens in the account's language; the switch (which offers the other one) sets it
                    var offered = language.equals("en") ? "en" : "zh-CN";
                    browser.open(baseUrl() + "/account/password");
                    awaitVaadin(browser);
                    if (offered.equals(browser.script(
                            "return document.querySelector('.language-switch')?.getAttribute('lang')"))) {
                        browser.click(".language-switch");
                        Awaitility.await()
                                .atMost(Duration.ofSeconds(20))
                                .until(() -> !offered.equals(browser.script(
                                        "return document.querySelector('.language-switch')?.getAttribute('lang')")));
                    }
                    for (var route : routes.entrySet()) {
                        if (!route.getValue().contains(account.getValue())) {
                            continue;
                        }
                        var where = account.getValue() + " " + language + " " + route.getKey();
                        browser.open(baseUrl() + route.getKey());
                        pages++;
                        try {
                            awaitVaadin(browser);
                        } catch (ConditionTimeoutException e) {
                            // what a </script> in the page's state did before ADR 0042: the client never starts
                            problems.add(where + ": Vaadin's client did not start");
                        }
                        // the lists of all stores (administrators, group managers) hold every other test's rows too, so
                        // the planted one may lie beyond what the lazy list has drawn: its text is looked for only
                        // where the list is the store's own; inertness is checked on every page all the same
                        var seesAllStores =
                                account.getValue() == Role.ADMIN || account.getValue() == Role.GROUP_MANAGER;
                        var lists = route.getKey().equals("/cases")
                                || route.getKey().equals("/revisits");
                        problems.addAll(check(
                                browser,
                                where,
                                seesAllStores && lists ? List.of() : expected.getOrDefault(route.getKey(), List.of())));
                    }
                }
                browser.driver().manage().deleteAllCookies();
            }
        }
        System.out.printf("Hostile content: %d pages in %d s%n", pages, (System.nanoTime() - started) / 1_000_000_000L);
        assertThat(problems).isEmpty();
        assertThat(pages).isGreaterThan(100);
    }

    @Test
    void hostile_content_stays_inert_in_mails_exports_and_the_imports_rejected_rows() throws Exception {
        var planted = plant();
        var store = planted.store();

        // mails: one header line each, owners' words escaped in the HTML part
        var mails = TestMailServer.received();
        assertThat(mails).hasSizeGreaterThanOrEqualTo(4);
        int showingTheName = 0;
        for (var mail : mails) {
            var subject = Mails.subject(mail);
            assertThat(subject).as("subject").doesNotContain("\r", "\n");
            assertThat(mail.getHeader("X-Injected"))
                    .as("a header injected through " + subject)
                    .isNull();
            var html = Mails.html(mail);
            for (var raw : List.of(
                    "<img src=x",
                    "<svg onload",
                    "<script>window",
                    "</script><script>",
                    "<iframe",
                    "<details open",
                    "<a href=\"javascript")) {
                assertThat(html).as("HTML of " + subject).doesNotContain(raw);
            }
            if (html.contains("&lt;img src=x onerror=")) {
                showingTheName++;
            }
        }
        assertThat(showingTheName).as("mails that show the name as text").isGreaterThan(0);
        assertThat(mails.stream().map(Mails::subject)).anyMatch(subject -> subject.contains("X-Injected: 1"));

        // exports, CSV and XLSX: no text cell starts a formula
        var filter = new DashboardFilter(
                LocalDate.now().minusDays(30),
                LocalDate.now().plusDays(1),
                Set.of(store.store().id()),
                Granularity.WEEK,
                null);
        var csvFiles = new LinkedHashMap<String, byte[]>();
        var xlsxFiles = new LinkedHashMap<String, byte[]>();
        signedIn.run(store.managerEmail(), () -> {
            for (var locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                csvFiles.put("responses " + locale, write(out -> responseExports.csv(filter, locale, out)));
                xlsxFiles.put("responses " + locale, write(out -> responseExports.xlsx(filter, locale, out)));
                csvFiles.put(
                        "invitations " + locale,
                        write(out -> listExports.invitationsCsv(
                                filter, List.of(com.dealercsi.invitation.InvitationState.values()), locale, out)));
                xlsxFiles.put(
                        "invitations " + locale,
                        write(out -> listExports.invitationsXlsx(
                                filter, List.of(com.dealercsi.invitation.InvitationState.values()), locale, out)));
                csvFiles.put("cases " + locale, write(out -> listExports.casesCsv(filter, null, null, locale, out)));
                xlsxFiles.put("cases " + locale, write(out -> listExports.casesXlsx(filter, null, null, locale, out)));
            }
        });
        csvFiles.put("rejected import rows", planted.rejectedRows());
        var cells = new ArrayList<String>();
        for (var file : csvFiles.entrySet()) {
            var text = new String(file.getValue(), StandardCharsets.UTF_8).replace("\uFEFF", "");
            for (var record : CSVFormat.DEFAULT.parse(new StringReader(text))) {
                record.forEach(cells::add);
            }
        }
        for (var file : xlsxFiles.values()) {
            try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
                for (var row : workbook.getSheetAt(0)) {
                    for (var cell : row) {
                        assertThat(cell.getCellType()).isIn(CellType.STRING, CellType.NUMERIC);
                        if (cell.getCellType() == CellType.STRING) {
                            cells.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        assertThat(cells)
                .filteredOn(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0)
                .as("text cells a spreadsheet would run")
                .allMatch(cell -> cell.matches("[+-]?[0-9][0-9 ().-]*"));
        assertThat(cells)
                .as("the formulas are there, as text")
                .contains(
                        "'" + HostileCorpus.RO, "'" + HostileCorpus.FORMULA_COMMENT, "'" + HostileCorpus.IMPORT_MODEL);
        assertThat(cells).contains(HostileCorpus.COMMENT, HostileCorpus.NAME);
    }

    /** The routes of the back office, each with the roles that may open it. */
    private static Map<String, Set<Role>> routes(Planted planted) {
        var all = Set.of(Role.values());
        var desk = Set.of(
                Role.ADMIN,
                Role.GROUP_MANAGER,
                Role.GENERAL_MANAGER,
                Role.STORE_MANAGER,
                Role.CUSTOMER_SERVICE_MANAGER,
                Role.CUSTOMER_SERVICE);
        var entry = Set.of(Role.ADMIN, Role.STORE_MANAGER, Role.CUSTOMER_SERVICE_MANAGER, Role.CUSTOMER_SERVICE);
        var settings = Set.of(Role.ADMIN, Role.GROUP_MANAGER, Role.GENERAL_MANAGER, Role.STORE_MANAGER);
        var month = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        var routes = new LinkedHashMap<String, Set<Role>>();
        routes.put("/", all);
        routes.put("/dashboard", all);
        routes.put(
                "/dashboard?month=" + month + "&store="
                        + planted.store().store().id(),
                all);
        routes.put("/responses/" + planted.responseId(), all);
        routes.put("/responses/" + planted.formulaResponseId(), all);
        routes.put("/responses/" + planted.phoneResponseId(), all);
        routes.put("/cases", desk);
        routes.put("/cases/" + planted.caseId(), desk);
        routes.put("/cases/response/" + planted.responseId(), desk);
        routes.put("/invitations", desk);
        routes.put("/revisits", desk);
        routes.put("/revisits/" + planted.calledVisit() + "/survey", entry);
        routes.put(
                "/visits/" + planted.calledVisit() + "/pickup-sheet",
                Set.of(
                        Role.ADMIN,
                        Role.STORE_MANAGER,
                        Role.CUSTOMER_SERVICE_MANAGER,
                        Role.CUSTOMER_SERVICE,
                        Role.ADVISOR));
        routes.put("/visits/new", entry);
        routes.put("/visits/import", entry);
        routes.put("/invitation-mail-texts", settings);
        routes.put("/alert-rules", settings);
        routes.put("/case-due-times", Set.of(Role.ADMIN, Role.STORE_MANAGER));
        routes.put("/account/password", all);
        routes.put("/questionnaires", Set.of(Role.ADMIN));
        routes.put("/admin/users", Set.of(Role.ADMIN));
        routes.put("/admin/stores", Set.of(Role.ADMIN));
        return routes;
    }

    private static List<String> check(PhoneBrowser browser, String where, List<String> expected) {
        var problems = new ArrayList<String>();
        if (browser.script("return window.__pwned") != null) {
            problems.add(where + ": a payload ran: " + browser.script("return window.__pwned"));
        }
        if (browser.script("return (window.__dialogs || []).join(' | ')") instanceof String dialogs
                && !dialogs.isEmpty()) {
            problems.add(where + ": dialogs: " + dialogs);
        }
        if (browser.script("return (window.__csp || []).join(' | ')") instanceof String csp && !csp.isEmpty()) {
            problems.add(where + ": policy violations: " + csp);
        }
        if (browser.script(PLANTED_ELEMENTS) instanceof List<?> elements && !elements.isEmpty()) {
            problems.add(where + ": elements made from data: " + elements);
        }
        var errors = browser.consoleErrors();
        if (!errors.isEmpty()) {
            problems.add(where + ": console errors: " + errors);
        }
        var shown = asShown(browser.bodyText());
        for (var text : expected) {
            if (!shown.contains(text)) {
                problems.add(where + ": not shown as text: " + text);
            }
        }
        return problems;
    }

    private static void signIn(PhoneBrowser browser, String email) {
        browser.open(baseUrl() + "/login");
        browser.await("input[name='username']").sendKeys(email);
        browser.await("input[name='password']").sendKeys("secret", Keys.ENTER);
        browser.await("vaadin-app-layout");
        browser.consoleErrors(); // the login page's, checked by the routes themselves
    }

    /** Until Vaadin's client has started and has no request on the way. */
    private static void awaitVaadin(PhoneBrowser browser) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> Boolean.TRUE.equals(browser.script("""
                        const clients = window.Vaadin?.Flow?.clients;
                        return document.readyState === 'complete' && !!clients && Object.keys(clients).length > 0
                          && Object.values(clients).every(c => !c.isActive());""")));
    }

    /** One store with every kind of hostile content in it, through the real entry points. */
    private Planted plant() {
        var store = fixtures.storeWithGeneralManager();
        TestStores.asAdmin(() -> {
            administration.addStaff(
                    "Admin " + store.code(),
                    "admin-" + store.code() + "@test.local",
                    "secret",
                    Language.EN,
                    null,
                    Set.of(Role.ADMIN),
                    Set.of(store.store().id()));
            administration.addStaff(
                    "Group " + store.code(),
                    "group-" + store.code() + "@test.local",
                    "secret",
                    Language.ZH_CN,
                    null,
                    Set.of(Role.GROUP_MANAGER),
                    Set.of(store.store().id()));
            return null;
        });
        var delivered = Instant.now().minus(4, ChronoUnit.DAYS);

        // the DMS: a visit with a hostile name, model, plate and RO number; its owner answers badly and asks to
        // be called, with the comment
        var answered = post(
                store, HostileCorpus.RO, HostileCorpus.NAME, HostileCorpus.MODEL, HostileCorpus.PLATE, "a", delivered);
        assertThat(surveys.submit(
                        token(answered.email()),
                        Questionnaires.STANDARD_VERSION,
                        RecoveryFixtures.answers(2, 2, 1, HostileCorpus.COMMENT, true)))
                .isInstanceOf(SurveySubmission.Stored.class);
        // a second owner writes formulas; and an answer too long for the field is refused
        var formula = post(store, "RO-F-" + store.code(), "=1+1 " + store.code(), "途观L", "沪A12345", "b", delivered);
        assertThat(surveys.submit(
                        token(formula.email()),
                        Questionnaires.STANDARD_VERSION,
                        RecoveryFixtures.answers(9, 9, 9, HostileCorpus.OVERSIZE, false)))
                .isInstanceOf(SurveySubmission.Invalid.class);
        assertThat(surveys.submit(
                        token(formula.email()),
                        Questionnaires.STANDARD_VERSION,
                        RecoveryFixtures.answers(9, 9, 9, HostileCorpus.FORMULA_COMMENT, false)))
                .isInstanceOf(SurveySubmission.Stored.class);
        assertThat(Api.postVisit(
                                baseUrl(),
                                store.apiKey(),
                                Api.visitJson("RO-BIG", "big@example.com", store.advisorCode(), "zh-CN")
                                        .replace("王先生", HostileCorpus.OVERSIZE),
                                "en")
                        .status())
                .isEqualTo(400);

        // the phone: one owner answers the questionnaire on a call, another is not reached
        var phoned = post(store, "RO-P-" + store.code(), "电话 " + store.code(), "朗逸", "沪C12345", "c", delivered);
        var called =
                post(store, "RO-C-" + store.code(), HostileCorpus.NAME, HostileCorpus.MODEL, "沪D12345", "d", delivered);
        // and one still to be called
        post(store, "RO-D-" + store.code(), HostileCorpus.NAME, HostileCorpus.MODEL, "沪G12345", "e", delivered);
        signedIn.run(RecoveryFixtures.csEmail(store), () -> {
            revisits.answerByPhone(
                    phoned.id(),
                    Questionnaires.STANDARD_VERSION,
                    RecoveryFixtures.answers(9, 9, 9, HostileCorpus.CALL_NOTE, false));
            revisits.logCall(called.id(), RevisitResult.UNREACHABLE, HostileCorpus.CALL_NOTE);
        });

        // the case desk: notes on every step, then the owner's follow-up answer
        var responseId = responseOf(answered.id());
        var formulaResponseId = responseOf(formula.id());
        var phoneResponseId = responseOf(phoned.id());
        var caseId = Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> jdbc.queryForList(
                                "select id from recovery_case where store_id = ?",
                                UUID.class,
                                store.store().id()),
                        ids -> !ids.isEmpty())
                .getFirst();
        signedIn.run(store.csManagerEmail(), () -> {
            cases.acknowledge(caseId);
            cases.logAttempt(caseId, ContactChannel.PHONE, ContactResult.REACHED, HostileCorpus.CASE_NOTE);
            cases.recordStep(caseId, RecoveryStep.APOLOGY, HostileCorpus.CASE_NOTE, null, null, null);
            cases.recordStep(caseId, RecoveryStep.FIX, HostileCorpus.CASE_NOTE, HostileCorpus.RO, null, null);
            cases.recordStep(caseId, RecoveryStep.EMPATHY, HostileCorpus.CASE_NOTE, null, null, null);
            cases.recordStep(
                    caseId,
                    RecoveryStep.ATONEMENT,
                    HostileCorpus.CASE_NOTE,
                    null,
                    HostileCorpus.CALL_NOTE,
                    java.math.BigDecimal.valueOf(200));
            cases.close(caseId, FollowUpOutcome.SATISFIED, HostileCorpus.CASE_NOTE, testCauses.waiting(), true);
        });
        clock.set(Instant.now().plus(Duration.ofDays(11)));
        followUpQueue.queueDue();
        var followUpMail = TestMailServer.awaitMails(answered.email(), 2, Duration.ofSeconds(30)).stream()
                .map(Mails::text)
                .filter(text -> FOLLOW_UP_LINK.matcher(text).find())
                .findFirst()
                .orElseThrow();
        var link = FOLLOW_UP_LINK.matcher(followUpMail);
        assertThat(link.find()).isTrue();
        assertThat(followUps.answer(
                        link.group().substring(link.group().lastIndexOf('/') + 1),
                        new FollowUpAnswer(MadeRight.NO, 3, HostileCorpus.FOLLOW_UP)))
                .isTrue();
        clock.reset();

        // the file import: hostile cells in a good row and in a rejected one
        var file = """
                委托书号,客户名称,联系电话,邮箱,车牌号,车型,服务顾问,结算日期,维修类型
                RO-I1-%1$s,%2$s,13800138000,imp1-%1$s@example.com,沪E12345,%3$s,%4$s,2026-11-30 10:00,保养
                %5$s,%2$s,13800138000,imp2-%1$s@example.com,沪F12345,%3$s,%4$s,2026-13-45 10:00,保养
                """.formatted(
                        store.code().toLowerCase(Locale.ROOT),
                        csv(HostileCorpus.IMPORT_NAME),
                        HostileCorpus.IMPORT_MODEL,
                        store.advisorCode(),
                        csv(HostileCorpus.RO))
                .getBytes(StandardCharsets.UTF_8);
        var table = ImportFiles.read("dms.csv", file, StandardCharsets.UTF_8);
        var rejected = signedIn.as(store.managerEmail(), () -> {
            var mapping = imports.mappingFor(store.store().id(), table.headers());
            var preview = imports.preview(store.store().id(), table, mapping);
            imports.importRows(store.store().id(), table, mapping);
            return imports.rejectedRowsFile(table, preview.rows(), Locale.SIMPLIFIED_CHINESE);
        });
        return new Planted(store, responseId, formulaResponseId, phoneResponseId, caseId, called.id(), rejected);
    }

    private UUID responseOf(UUID visitId) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> jdbc.queryForList(
                                "select response_id from report_response where visit_id = ? and answered",
                                UUID.class,
                                visitId),
                        ids -> !ids.isEmpty())
                .getFirst();
    }

    record Posted(UUID id, String email) {}

    private Posted post(
            TestStores.TestStore store,
            String ro,
            String name,
            String model,
            String plate,
            String tag,
            Instant delivered) {
        var email = "owner-" + tag + "-" + store.code().toLowerCase(Locale.ROOT) + "@example.com";
        var json = """
                {"roNumber": %s, "ownerName": %s, "email": "%s", "phone": "138 0013 8000", "plate": %s,
                 "model": %s, "serviceType": "MAINTENANCE", "advisor": "%s", "deliveredAt": "%s",
                 "language": "zh-CN"}
                """.formatted(json(ro), json(name), email, json(plate), json(model), store.advisorCode(), delivered);
        var response = Api.postVisit(baseUrl(), store.apiKey(), json, "en");
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return new Posted(UUID.fromString(response.body().get("id").asString()), email);
    }

    private static String token(String email) {
        var link = Mails.surveyLink(
                TestMailServer.awaitMails(email, 1, Duration.ofSeconds(20)).getFirst());
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private static String json(String value) {
        var out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default ->
                    out.append(
                            c < 0x20 || c == '\u2028' || c == '\u2029'
                                    ? String.format("\\u%04x", (int) c)
                                    : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    private static String csv(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static byte[] write(java.util.function.Consumer<ByteArrayOutputStream> writer) {
        var out = new ByteArrayOutputStream();
        writer.accept(out);
        return out.toByteArray();
    }
}
