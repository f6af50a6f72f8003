package com.dealercsi;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.StoreAdministration;
import com.dealercsi.invitation.InvitationMailTexts;
import com.dealercsi.invitation.MailKind;
import com.dealercsi.recovery.FollowUpAnswer;
import com.dealercsi.recovery.FollowUpOutcome;
import com.dealercsi.recovery.FollowUps;
import com.dealercsi.recovery.MadeRight;
import com.dealercsi.recovery.RecoveryCases;
import com.dealercsi.recovery.RecoveryFixtures;
import com.dealercsi.recovery.RecoveryStep;
import com.dealercsi.recovery.internal.Escalations;
import com.dealercsi.recovery.internal.FollowUpQueue;
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
import com.dealercsi.survey.Surveys;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Staff screens and owner pages that read like a finished product. Every route (found from the {@code @Route}
 * annotations, so a new screen is walked without touching this test) is opened with real data behind it, at phone
 * (390×844) and desk (1280×900) width, in Chinese and English, as every role its {@code @RolesAllowed} lets in. On
 * each page {@code layout-check.js} (its head comment explains the rules) looks for overlapping things, text wider
 * than its box, sideways scrolling and touch targets under 44×44 px. The same walk reads each page's text, and the
 * mails the flow sent, for raw codes (enum names, item codes) and message keys: people read words, not codes.
 * One screenshot per route, width and language goes to target/screenshots/; {@code -Dcsi.screenshots=docs/screenshots}
 * refreshes the guides' copies instead (JPEG, a third of a PNG's size, so the repository stays small).
 */
class LayoutBrowserIT extends IntegrationTest {

    private static final String CHECK = resource("/layout-check.js");
    private static final Path SHOTS = Path.of(System.getProperty("csi.screenshots", "target/screenshots"));
    private static final Pattern FOLLOW_UP_LINK = Pattern.compile("https?://[^\\s\"<]+/follow-up/[A-Za-z0-9_-]+");
    private static final Pattern FOLLOW_UP_UNSUBSCRIBE =
            Pattern.compile("https?://[^\\s\"<]+/follow-up-unsubscribe/[A-Za-z0-9_-]+");

    @Autowired
    TestCauses testCauses;

    @Autowired
    RecoveryFixtures fixtures;

    @Autowired
    StoreAdministration administration;

    @Autowired
    Surveys surveys;

    @Autowired
    RecoveryCases cases;

    @Autowired
    Escalations escalations;

    @Autowired
    FollowUpQueue followUpQueue;

    @Autowired
    FollowUps followUps;

    @Autowired
    InvitationMailTexts mailTexts;

    @Autowired
    SignedIn signedIn;

    @Autowired
    com.dealercsi.plans.PlansFixtures plans;

    @Autowired
    JdbcTemplate jdbc;

    record Account(String email, Role role, Language language, boolean screenshots) {}

    record Width(String name, PhoneBrowser browser) {}

    /** One page as it was checked: where, and what it said. */
    record Seen(String where, String text) {}

    @Test
    void every_page_fits_a_phone_and_a_desk_in_both_languages_for_every_role_and_says_words_not_codes()
            throws Exception {
        var started = System.nanoTime();
        var world = plant();
        var layout = new TreeMap<String, Set<String>>();
        var seen = new ArrayList<Seen>();
        int pages = 0;
        var timing = new long[4];

        try (var phone = new PhoneBrowser("zh-CN");
                var desk = PhoneBrowser.desktop("en-US")) {
            var widths = List.of(new Width("phone", phone), new Width("desk", desk));
            // owner pages and the login: opened as the owner would, then switched to the other language
            for (var owner : world.ownerPages()) {
                if (owner.route().equals("follow-up-unsubscribe")) {
                    // the follow-up's answer (and the mail it sends) before its link is given up
                    assertThat(followUps.answer(
                                    world.followUpToken(), new FollowUpAnswer(MadeRight.NO, 3, "Still rattles")))
                            .isTrue();
                }
                for (var width : widths) {
                    var browser = width.browser();
                    browser.driver().manage().deleteAllCookies();
                    browser.open(owner.url());
                    browser.await(owner.ready());
                    awaitVaadin(browser);
                    for (int round = 0; round < 2; round++) {
                        var language = currentLanguage(browser);
                        pages++;
                        var where = "/" + owner.route() + " · " + width.name() + " · " + language + " · owner";
                        record(layout, where, check(browser));
                        seen.add(new Seen(where, pageText(browser)));
                        screenshot(browser, owner.shot(), width.name(), language);
                        if (round == 0) {
                            browser.click(".language-switch");
                            Awaitility.await()
                                    .atMost(Duration.ofSeconds(20))
                                    .until(() -> !language.equals(currentLanguage(browser)));
                            browser.await(owner.ready());
                            awaitVaadin(browser);
                        }
                    }
                }
            }

            var routes = new ArrayList<>(backOfficeRoutes(world.parameters()));
            // the closed case too: its history says how it was closed and what the owner answered to the follow-up
            var caseRoute = routes.stream()
                    .filter(r -> r.template().equals("cases/:caseId"))
                    .findFirst()
                    .orElseThrow();
            routes.add(
                    routes.indexOf(caseRoute) + 1,
                    new BackOfficeRoute(
                            "cases/:caseId (closed)",
                            "cases/" + world.closedCase(),
                            caseRoute.roles(),
                            true,
                            "cases-caseId-closed"));
            for (var account : world.accounts()) {
                for (var width : widths) {
                    var browser = width.browser();
                    signIn(browser, account.email());
                    for (var route : routes) {
                        if (!route.roles().contains(account.role())) {
                            continue;
                        }
                        var t = System.nanoTime();
                        navigate(browser, route.url());
                        browser.find(route.framed() ? "vaadin-app-layout" : "main");
                        awaitVaadin(browser);
                        timing[0] += System.nanoTime() - t;
                        // a page outside the frame (the pickup sheet) has no switch: its sheet is in the owner's
                        // language, the rest in the account's
                        var language = account.language() == Language.EN ? "en" : "zh";
                        if (route.framed()) {
                            assertThat(language)
                                    .as("the back office opens in the account's language")
                                    .isEqualTo(currentLanguage(browser));
                        }
                        pages++;
                        var where = "/" + route.template() + " · " + width.name() + " · " + language;
                        t = System.nanoTime();
                        for (var problem : check(browser)) {
                            layout.computeIfAbsent(where + ": " + problem, k -> new TreeSet<>())
                                    .add(account.role().name());
                        }
                        timing[1] += System.nanoTime() - t;
                        t = System.nanoTime();
                        seen.add(new Seen(where + " · " + account.role(), pageText(browser)));
                        timing[2] += System.nanoTime() - t;
                        t = System.nanoTime();
                        if (account.screenshots()) {
                            screenshot(browser, route.shot(), width.name(), language);
                        }
                        timing[3] += System.nanoTime() - t;
                    }
                    if (account.screenshots() && width.name().equals("phone")) {
                        // the menu a phone opens from the top bar, drawn over the page
                        browser.open(baseUrl() + "/");
                        awaitVaadin(browser);
                        browser.tap("vaadin-drawer-toggle");
                        browser.await("vaadin-side-nav-item");
                        Thread.sleep(400); // the drawer slides in
                        pages++;
                        var language = currentLanguage(browser);
                        var where = "menu · phone · " + language;
                        for (var problem : check(browser)) {
                            layout.computeIfAbsent(where + ": " + problem, k -> new TreeSet<>())
                                    .add(account.role().name());
                        }
                        screenshot(browser, "menu", "phone", language);
                    }
                    browser.driver().manage().deleteAllCookies();
                    System.out.printf(
                            "Layout: %s %s done, %d pages, %d s (open %d, check %d, text %d, shot %d ms)%n",
                            account.role(),
                            width.name(),
                            pages,
                            (System.nanoTime() - started) / 1_000_000_000L,
                            timing[0] / 1_000_000,
                            timing[1] / 1_000_000,
                            timing[2] / 1_000_000,
                            timing[3] / 1_000_000);
                }
            }
        }

        var mails = mailsOf(world);
        var codesFound = new TreeMap<String, List<String>>();
        var words = Words.load();
        for (var page : seen) {
            words.codesIn(page.text())
                    .forEach(code -> codesFound
                            .computeIfAbsent(code, k -> new ArrayList<>())
                            .add(page.where()));
        }
        for (var mail : mails) {
            var where = "mail \"" + Mails.subject(mail) + "\" to " + Arrays.toString(mail.getAllRecipients());
            var text = Mails.subject(mail) + "\n" + Mails.text(mail) + "\n"
                    + Mails.html(mail).replaceAll("<[^>]*>", " ").replace("&nbsp;", " ");
            words.codesIn(text)
                    .forEach(code -> codesFound
                            .computeIfAbsent(code, k -> new ArrayList<>())
                            .add(where));
        }
        var codes = codesFound.entrySet().stream()
                .map(e -> e.getKey() + "\n      on " + e.getValue().size()
                        + " pages or mails: "
                        + String.join(
                                "; ",
                                e.getValue().subList(0, Math.min(4, e.getValue().size())))
                        + (e.getValue().size() > 4 ? "; …" : ""))
                .toList();
        var seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("Layout: %d pages and %d mails in %d s%n", pages, mails.size(), seconds);

        // one line per problem with the pages it was found on, the whole list in target/ for reading
        var byProblem = new TreeMap<String, List<String>>();
        layout.forEach((key, roles) -> {
            var at = key.indexOf(": ");
            byProblem
                    .computeIfAbsent(key.substring(at + 2), k -> new ArrayList<>())
                    .add(key.substring(0, at) + (roles.isEmpty() ? "" : " " + roles));
        });
        var report = byProblem.entrySet().stream()
                .map(e -> e.getKey() + "\n      on " + e.getValue().size()
                        + " pages: "
                        + String.join(
                                "; ",
                                e.getValue().subList(0, Math.min(4, e.getValue().size())))
                        + (e.getValue().size() > 4 ? "; …" : ""))
                .toList();
        Files.createDirectories(Path.of("target"));
        Files.writeString(
                Path.of("target", "layout-problems.txt"),
                String.join("\n", report) + "\n\n" + String.join("\n", codes));
        var soft = new SoftAssertions();
        soft.assertThat(report)
                .as("layout problems (problem, then route · width · language [roles])")
                .isEmpty();
        soft.assertThat(codes).as("codes and keys where people read words").isEmpty();
        soft.assertThat(mails.stream().map(Mails::subject).toList())
                .as("the flow's mails")
                .hasSizeGreaterThanOrEqualTo(8);
        soft.assertAll();
    }

    // ---- the walk ------------------------------------------------------------------------------------------------

    /**
     * Opens a back-office route without loading the page anew: Flow swaps the view without loading the
     * page anew (a full load per page would make this walk several times slower). The first page is loaded fully.
     */
    private static void navigate(PhoneBrowser browser, String url) {
        var path = "/" + url;
        if (!Boolean.TRUE.equals(browser.script("return !!document.querySelector('vaadin-app-layout')"))) {
            browser.open(baseUrl() + path);
            return;
        }
        // what the browser's back button does: Flow follows the history to the new location
        browser.script(
                "history.pushState(null, '', arguments[0]); window.dispatchEvent(new PopStateEvent('popstate'))", path);
    }

    @SuppressWarnings("unchecked")
    private static List<String> check(PhoneBrowser browser) {
        browser.script("window.scrollTo(0, 0)");
        return (List<String>) browser.script(CHECK);
    }

    private static void record(Map<String, Set<String>> layout, String where, List<String> problems) {
        for (var problem : problems) {
            layout.computeIfAbsent(where + ": " + problem, k -> new TreeSet<>());
        }
    }

    /** The language the page is in: its switch offers the other one. */
    private static String currentLanguage(PhoneBrowser browser) {
        var offered = browser.script("return document.querySelector('.language-switch')?.getAttribute('lang')");
        return "en".equals(offered) ? "zh" : "en";
    }

    /** The viewport as a person first sees it, named for the guides. */
    private static void screenshot(PhoneBrowser browser, String shot, String width, String language) {
        try {
            Files.createDirectories(SHOTS);
            var jpeg = browser.driver()
                    .executeCdpCommand("Page.captureScreenshot", Map.of("format", "jpeg", "quality", 80));
            Files.write(
                    SHOTS.resolve("layout-" + shot + "-" + width + "-" + language + ".jpg"),
                    java.util.Base64.getDecoder().decode((String) jpeg.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's text as people meet it: visible text, and the labels, titles and hints read out to them. */
    private static String pageText(PhoneBrowser browser) {
        return (String) browser.script("""
                const out = [document.title];
                const walk = root => {
                  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
                  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                    if (n.nodeType === Node.TEXT_NODE) {
                      const p = n.parentElement;
                      if (p && !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(p.tagName)
                          && (!p.checkVisibility || p.checkVisibility({visibilityProperty: true})
                              || p.closest('vaadin-side-nav'))) {
                        out.push(n.textContent.trim());
                      }
                    } else {
                      if (n.shadowRoot) walk(n.shadowRoot);
                      for (const a of ['aria-label', 'title', 'placeholder']) {
                        if (n.hasAttribute(a)) out.push(n.getAttribute(a));
                      }
                    }
                  }
                };
                walk(document.body);
                return out.filter(t => t).join('\\n');
                """);
    }

    private static void signIn(PhoneBrowser browser, String email) {
        browser.driver().manage().deleteAllCookies();
        browser.open(baseUrl() + "/login");
        browser.await("input[name='username']").sendKeys(email);
        browser.await("input[name='password']").sendKeys("secret", Keys.ENTER);
        browser.await("vaadin-app-layout");
    }

    /** Until Vaadin's client has started, has no request on the way, and the browser has drawn the result. */
    private static void awaitVaadin(PhoneBrowser browser) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> Boolean.TRUE.equals(browser.script("""
                        const clients = window.Vaadin?.Flow?.clients;
                        return document.readyState === 'complete' && !!clients && Object.keys(clients).length > 0
                          && Object.values(clients).every(c => !c.isActive());""")));
        browser.driver()
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(done)));");
    }

    // ---- routes --------------------------------------------------------------------------------------------------

    record BackOfficeRoute(String template, String url, Set<Role> roles, boolean framed, String shot) {

        BackOfficeRoute(String template, String url, Set<Role> roles, boolean framed) {
            this(
                    template,
                    url,
                    roles,
                    framed,
                    template.isEmpty()
                            ? "responses"
                            : template.replace("/:", "-").replace('/', '-'));
        }
    }

    /** Every route in the back-office frame with the roles its annotations let in, its parameters filled in. */
    private static List<BackOfficeRoute> backOfficeRoutes(Map<String, String> parameters) {
        var routes = new ArrayList<BackOfficeRoute>();
        for (var view : views()) {
            var route = view.getAnnotation(Route.class);
            if (view.isAnnotationPresent(AnonymousAllowed.class)) {
                continue; // the owner's pages and the login, walked as the owner
            }
            Set<Role> roles = view.isAnnotationPresent(PermitAll.class)
                    ? EnumSet.allOf(Role.class)
                    : EnumSet.copyOf(
                            Arrays.stream(view.getAnnotation(RolesAllowed.class).value())
                                    .map(Role::valueOf)
                                    .toList());
            var url = new ArrayList<String>();
            for (var segment : route.value().split("/")) {
                if (segment.startsWith(":")) {
                    segment = parameters.get(segment.substring(1));
                    assertThat(segment)
                            .as("a value for the route " + route.value())
                            .isNotNull();
                }
                url.add(segment);
            }
            routes.add(new BackOfficeRoute(route.value(), String.join("/", url), roles, route.autoLayout()));
        }
        routes.sort(java.util.Comparator.comparing(BackOfficeRoute::template));
        return routes;
    }

    private static List<Class<?>> views() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("com.dealercsi").stream()
                .<Class<?>>map(candidate -> {
                    try {
                        return Class.forName(candidate.getBeanClassName());
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    // ---- the data behind the pages -------------------------------------------------------------------------------

    /** An owner's page: the link that opens it, what shows it has loaded, and its screenshot's name. */
    record OwnerPage(String route, String url, String ready, String shot) {}

    record World(
            TestStores.TestStore store,
            List<Account> accounts,
            Map<String, String> parameters,
            List<OwnerPage> ownerPages,
            String followUpToken,
            UUID closedCase) {}

    /**
     * One store and its staff in every role, a visit still to be answered (its owner reads English), two answered
     * badly (so alerts, cases and answer pages exist): one case left open until it escalates, one closed and its
     * follow-up sent. The clock moves on so the reminder, the escalation and the follow-up mails go out.
     */
    private World plant() {
        var store = fixtures.storeWithGeneralManager();
        var code = store.code();
        var admin = "admin-" + code + "@test.local";
        var adminEn = "admin-en-" + code + "@test.local";
        var group = "group-" + code + "@test.local";
        var ids = Set.of(store.store().id());
        TestStores.asAdmin(() -> {
            administration.addStaff("管理员 " + code, admin, "secret", Language.ZH_CN, null, Set.of(Role.ADMIN), ids);
            administration.addStaff("Admin " + code, adminEn, "secret", Language.EN, null, Set.of(Role.ADMIN), ids);
            administration.addStaff(
                    "Group " + code, group, "secret", Language.EN, null, Set.of(Role.GROUP_MANAGER), ids);
            return null;
        });
        var t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);

        var pendingEmail = "owner-RO-L3-" + code + "@example.com";
        var pending = Api.postVisit(
                baseUrl(), store.apiKey(), Api.visitJson("RO-L3", pendingEmail, store.advisorCode(), "en"), "en");
        assertThat(pending.status()).as(pending.body().toString()).isEqualTo(201);
        var pendingVisit = pending.body().get("id").asString();
        // an owner with a mobile only: the invitation list shows why none was sent, a long text a cell cuts short
        var mobileOnly = Api.postVisit(
                baseUrl(),
                store.apiKey(),
                Api.visitJson("RO-L4", "", store.advisorCode(), "en").replace("\"email\": \"\", ", ""),
                "en");
        assertThat(mobileOnly.status()).as(mobileOnly.body().toString()).isEqualTo(201);
        var pendingToken = token(pendingEmail);
        var openToken = RecoveryFixtures.invite(baseUrl(), store, "RO-L1");
        var closedToken = RecoveryFixtures.invite(baseUrl(), store, "RO-L2");
        surveys.submit(
                openToken,
                Questionnaires.STANDARD_VERSION,
                RecoveryFixtures.answers(2, 3, 1, "Waited three hours and nobody called back", true));
        surveys.submit(
                closedToken,
                Questionnaires.STANDARD_VERSION,
                RecoveryFixtures.answers(3, 2, 2, "The brakes still squeak", true));
        var caseRows = Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> jdbc.queryForList(
                                "select c.id, c.response_id, c.visit_id, v.ro_number from recovery_case c"
                                        + " join visit v on v.id = c.visit_id where c.store_id = ?",
                                store.store().id()),
                        rows -> rows.size() == 2);
        var byRo = new LinkedHashMap<String, Map<String, Object>>();
        caseRows.forEach(row -> byRo.put(String.valueOf(row.get("ro_number")), row));
        var openCase = byRo.get("RO-L1");
        var closedCase = UUID.fromString(String.valueOf(byRo.get("RO-L2").get("id")));

        signedIn.run(store.csManagerEmail(), () -> {
            cases.acknowledge(closedCase);
            cases.recordStep(closedCase, RecoveryStep.APOLOGY, "Apologised on the phone", null, null, null);
            cases.recordStep(closedCase, RecoveryStep.FIX, "Brakes re-checked", null, null, null);
            cases.recordStep(closedCase, RecoveryStep.EMPATHY, "Listened to the whole story", null, null, null);
            cases.recordStep(
                    closedCase,
                    RecoveryStep.ATONEMENT,
                    "Free car wash",
                    null,
                    "Car wash voucher",
                    java.math.BigDecimal.valueOf(200));
            cases.close(closedCase, FollowUpOutcome.SATISFIED, "Called back: fine now", testCauses.waiting(), true);
        });
        signedIn.run(
                store.managerEmail(),
                () -> mailTexts.sendTest(
                        store.store().id(),
                        MailKind.INVITATION,
                        Language.EN,
                        mailTexts.defaults(MailKind.INVITATION, Language.EN)));

        // the open case is not acknowledged in time; the pending owner is reminded; the closed case's owner asked
        clock.set(t0.plus(Duration.ofHours(5)));
        escalations.escalateBreaches();
        TestMailServer.awaitMails(RecoveryFixtures.gmEmail(store), 1, Duration.ofSeconds(20));
        clock.set(t0.plus(Duration.ofDays(3)).plusSeconds(60));
        TestMailServer.awaitMails(pendingEmail, 2, Duration.ofSeconds(30));
        clock.set(t0.plus(Duration.ofDays(11)));
        followUpQueue.queueDue();
        var closedOwner = "owner-RO-L2-" + code + "@example.com";
        var followUpMail = Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> TestMailServer.receivedBy(closedOwner).stream()
                                .map(Mails::text)
                                .filter(t -> FOLLOW_UP_LINK.matcher(t).find())
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
        clock.reset();
        var followUp = FOLLOW_UP_LINK.matcher(followUpMail);
        assertThat(followUp.find()).isTrue();
        var followUpUnsubscribe = FOLLOW_UP_UNSUBSCRIBE.matcher(followUpMail);
        assertThat(followUpUnsubscribe.find())
                .as("an unsubscribe link in " + followUpMail)
                .isTrue();
        var followUpToken = followUp.group().substring(followUp.group().lastIndexOf('/') + 1);

        var accounts = List.of(
                new Account(admin, Role.ADMIN, Language.ZH_CN, true),
                new Account(adminEn, Role.ADMIN, Language.EN, true),
                new Account(group, Role.GROUP_MANAGER, Language.EN, false),
                new Account(RecoveryFixtures.gmEmail(store), Role.GENERAL_MANAGER, Language.EN, false),
                new Account(store.managerEmail(), Role.STORE_MANAGER, Language.ZH_CN, false),
                new Account(store.csManagerEmail(), Role.CUSTOMER_SERVICE_MANAGER, Language.EN, false),
                new Account(RecoveryFixtures.csEmail(store), Role.CUSTOMER_SERVICE, Language.ZH_CN, false),
                new Account("advisor-" + code + "@test.local", Role.ADVISOR, Language.ZH_CN, false));
        var plan = plans.open(
                store,
                com.dealercsi.plans.SubjectKind.TOPIC,
                "SA.CHARGES_EXPLAINED",
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(14));
        var parameters = Map.of(
                "planId",
                plan.toString(),
                "caseId",
                String.valueOf(openCase.get("id")),
                "responseId",
                String.valueOf(openCase.get("response_id")),
                "visitId",
                pendingVisit);
        var ownerPages = List.of(
                new OwnerPage("login", baseUrl() + "/login", "vaadin-login-form", "login"),
                new OwnerPage("survey", baseUrl() + "/survey/" + pendingToken, ".survey-content", "survey"),
                new OwnerPage("survey", baseUrl() + "/survey/" + openToken, ".survey-content", "survey-answered"),
                new OwnerPage("follow-up", followUp.group(), "#follow-up-made-right", "follow-up"),
                new OwnerPage(
                        "follow-up-unsubscribe",
                        followUpUnsubscribe.group(),
                        "#unsubscribed, #unsubscribe-unknown",
                        "follow-up-unsubscribe"),
                new OwnerPage(
                        "unsubscribe",
                        baseUrl() + "/unsubscribe/" + openToken,
                        "#unsubscribed, #unsubscribe-unknown",
                        "unsubscribe"),
                new OwnerPage(
                        "privacy", baseUrl() + "/privacy/" + store.store().id(), "#privacy-notice-title", "privacy"));
        return new World(store, accounts, parameters, ownerPages, followUpToken, closedCase);
    }

    private static String token(String email) {
        var link = Mails.surveyLink(
                TestMailServer.awaitMails(email, 1, Duration.ofSeconds(20)).getFirst());
        return link.substring(link.lastIndexOf('/') + 1);
    }

    /** Every mail this test's flow sent: to its owners and its staff, whose addresses carry the store's code. */
    private static List<MimeMessage> mailsOf(World world) {
        var code = world.store().code().toLowerCase(Locale.ROOT);
        return TestMailServer.received().stream()
                .filter(mail -> {
                    try {
                        return Arrays.stream(mail.getAllRecipients())
                                .anyMatch(r ->
                                        r.toString().toLowerCase(Locale.ROOT).contains(code));
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    // ---- words, not codes ----------------------------------------------------------------------------------------

    /**
     * What must not reach a reader: the names of the code's enum constants (NO_ANSWER, PHONE, SATISFIED...), a
     * questionnaire's item codes with a number (OS 2, SI 200), message keys (survey.step.title) and the markers of a
     * missing text ({@code !{...}}, {@code ??...??}).
     */
    record Words(Set<String> enumNames, Set<String> keys, Set<String> keyPrefixes) {

        /** Upper-case words people do read: names of things, not codes. */
        private static final Set<String> NAMES = Set.of("CSI", "NPS", "DMS", "API", "CSV", "URL", "SMTP", "VIN");

        private static final Pattern WORD =
                Pattern.compile("(?<![A-Za-z0-9_.-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![A-Za-z0-9_-])");
        private static final Pattern ITEM_CODE =
                Pattern.compile("(?<![A-Za-z0-9])(?:SI|SA|SQ|SF|VP|OS|NPS|CB) ?[0-9]+");
        private static final Pattern KEY_LIKE =
                Pattern.compile("(?<![A-Za-z0-9@/._-])[a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_]+)+(?![A-Za-z0-9@/_-])");

        static Words load() throws IOException {
            var names = new TreeSet<String>();
            var scanner = new ClassPathScanningCandidateComponentProvider(false);
            scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
            for (var candidate : scanner.findCandidateComponents("com.dealercsi")) {
                try {
                    var type = Class.forName(candidate.getBeanClassName());
                    for (var constant : type.getEnumConstants()) {
                        var name = ((Enum<?>) constant).name();
                        if (name.length() >= 2 && !NAMES.contains(name)) {
                            names.add(name);
                        }
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
            var keys = new TreeSet<String>();
            var settings = properties("/application.properties");
            for (var name : settings.getProperty("spring.messages.basename").split(",")) {
                keys.addAll(properties("/" + name.trim() + ".properties").stringPropertyNames());
            }
            var prefixes = new TreeSet<String>();
            keys.forEach(key -> prefixes.add(key.substring(0, key.indexOf('.') < 0 ? key.length() : key.indexOf('.'))));
            return new Words(names, keys, prefixes);
        }

        List<String> codesIn(String text) {
            var found = new ArrayList<String>();
            if (text.contains("!{")) {
                found.add("a missing text " + around(text, text.indexOf("!{")));
            }
            var marker = Pattern.compile("\\?\\?[^?\\s]+\\?\\?").matcher(text);
            if (marker.find()) {
                found.add("a missing text " + marker.group());
            }
            WORD.matcher(text)
                    .results()
                    .map(m -> m.group())
                    .filter(enumNames::contains)
                    .distinct()
                    .forEach(code -> found.add("the code " + code + " in \"" + line(text, code) + "\""));
            ITEM_CODE
                    .matcher(text)
                    .results()
                    .map(m -> m.group())
                    .distinct()
                    .forEach(code -> found.add("the item code " + code + " in \"" + line(text, code) + "\""));
            KEY_LIKE.matcher(text)
                    .results()
                    .map(m -> m.group())
                    .filter(key -> keys.contains(key) || keyPrefixes.contains(key.substring(0, key.indexOf('.'))))
                    .distinct()
                    .forEach(key -> found.add("the message key " + key));
            return found;
        }

        private static String line(String text, String code) {
            return text.lines()
                    .filter(l -> l.contains(code))
                    .findFirst()
                    .map(String::strip)
                    .map(l -> l.length() > 100 ? l.substring(0, 100) + "…" : l)
                    .orElse("");
        }

        private static String around(String text, int at) {
            return text.substring(at, Math.min(text.length(), at + 60));
        }

        private static Properties properties(String name) throws IOException {
            var properties = new Properties();
            try (var reader =
                    new InputStreamReader(LayoutBrowserIT.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        }
    }

    private static String resource(String name) {
        try (var in = LayoutBrowserIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
