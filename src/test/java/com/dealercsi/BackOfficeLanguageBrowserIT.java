package com.dealercsi;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.StoreAdministration;
import com.dealercsi.recovery.RecoveryFixtures;
import com.dealercsi.shared.Language;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.PhoneBrowser;
import com.dealercsi.support.TestStores;
import com.dealercsi.survey.Questionnaires;
import com.dealercsi.survey.Surveys;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The back office speaks the language of the signed-in user's account: not the browser's, and a switch
 * is remembered at the next login. Every back-office page is walked in both languages; a text from the other
 * language's bundle, or a missing text, fails the walk.
 */
class BackOfficeLanguageBrowserIT extends IntegrationTest {

    /** A run of at least two English words. */
    private static final Pattern ENGLISH_WORDS = Pattern.compile("[A-Za-z][A-Za-z'’-]*(?:[ ,]+[A-Za-z][A-Za-z'’-]*)+");

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    /** Vaadin's components' own English words, which they show or read out unless given others. */
    private static final Set<String> VAADIN_ENGLISH = Set.of(
            "Show password",
            "Toggle child items",
            "Toggle navigation panel",
            "Drawer",
            "Select All",
            "Select All unavailable",
            "Drop files here",
            "Drop file here",
            "Upload Files...",
            "Upload File...",
            "Today",
            "Cancel",
            "Online",
            "Connection lost",
            "Connection lost, trying to reconnect...",
            "Selection cleared",
            "More options",
            "Retry",
            "Start",
            "Remove",
            "Connecting...",
            "Stalled",
            "Processing File...",
            "Queued",
            "File is Too Big.",
            "Incorrect File Type.",
            "Too Many Files.",
            "Confirm",
            "Reject");

    private static final List<String> VAADIN_ENGLISH_STARTS = List.of("Sort by ", "Select Row ");

    /** Made-up data for previews (an owner called 王先生), which the tests' visits happen to share. */
    private static final String SAMPLE_DATA = "invitation.texts.sample.";

    private static final Pattern KEY_LIKE = Pattern.compile("\\b[a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_]+)+\\b");

    @Autowired
    com.dealercsi.plans.PlansFixtures plans;

    @Autowired
    TestStores stores;

    @Autowired
    RecoveryFixtures fixtures;

    @Autowired
    StoreAdministration administration;

    @Autowired
    Surveys surveys;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_chinese_account_gets_chinese_in_an_english_browser_and_a_switch_to_english_holds_at_the_next_login() {
        var store = stores.create(); // its manager's account is Chinese
        try (var phone = new PhoneBrowser("en-US")) {
            phone.open(baseUrl() + "/login");
            phone.await("vaadin-login-form");
            assertThat(phone.driver().getTitle())
                    .as("the login page follows the browser")
                    .startsWith("Log in");

            signIn(phone, store.managerEmail());
            awaitMenu(phone, "我的账户");
            assertThat(menu(phone)).doesNotContain("My account", "Log out");
            assertThat(phone.bodyText()).contains("退出登录");
            assertThat(phone.script("return document.querySelector('vaadin-side-nav-item')"
                            + ".shadowRoot.querySelector('#i18n').textContent"))
                    .as("read out by screen readers")
                    .isEqualTo("展开或收起下级菜单项");
            phone.tap("vaadin-drawer-toggle");
            phone.await("vaadin-side-nav-item[path='account']");
            phone.screenshot("language-1-side-menu-zh");
            phone.script("document.querySelector('vaadin-app-layout').drawerOpened = false");

            phone.tap(".app-header .language-switch");
            awaitMenu(phone, "My account");
            phone.tap("#logout");
            phone.await("vaadin-login-form");
            signIn(phone, store.managerEmail());
            awaitMenu(phone, "My account");
            assertThat(phone.bodyText()).contains("Log out").doesNotContain("退出登录");
            assertThat(jdbc.queryForObject(
                            "select language from staff_member where email = ?", String.class, store.managerEmail()))
                    .isEqualTo("EN");

            // and back, on the account page
            phone.open(baseUrl() + "/account");
            phone.await("#account-language");
            assertThat(phone.await("#account-email input").getAttribute("value"))
                    .isEqualToIgnoringCase(store.managerEmail());
            phone.screenshot("language-2-account-en");
            phone.tap("#account-language vaadin-radio-button:first-of-type label");
            phone.tap("#account-save");
            phone.awaitText("h2", "我的账户");
            phone.screenshot("language-3-account-zh");
            assertThat(jdbc.queryForObject(
                            "select language from staff_member where email = ?", String.class, store.managerEmail()))
                    .isEqualTo("ZH_CN");
        }
    }

    @Test
    void every_back_office_page_speaks_only_the_users_language_and_has_no_missing_text() throws Exception {
        var store = fixtures.storeWithGeneralManager();
        var admin = "admin-" + store.code() + "@test.local";
        TestStores.asAdmin(() -> administration.addStaff(
                "Admin " + store.code(),
                admin,
                "secret",
                Language.ZH_CN,
                null,
                Set.of(Role.ADMIN),
                Set.of(store.store().id())));
        // a low score opens a case, so that the pages of one response, case and visit can be walked too
        var token = RecoveryFixtures.invite(baseUrl(), store, "RO-LANG");
        surveys.submit(
                token, Questionnaires.STANDARD_VERSION, RecoveryFixtures.answers(2, 3, 1, "Waited three hours", true));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from recovery_case where store_id = ?",
                                Integer.class,
                                store.store().id())
                        == 1);
        var ids = jdbc.queryForMap(
                "select id as caseId, response_id as responseId, visit_id as visitId"
                        + " from recovery_case where store_id = ?",
                store.store().id());
        var parameters = new HashMap<String, String>();
        ids.forEach((name, id) -> parameters.put(name.toLowerCase(), String.valueOf(id)));
        parameters.put(
                "planid",
                plans.open(
                                store,
                                com.dealercsi.plans.SubjectKind.FACTOR,
                                "SERVICE_ADVISOR",
                                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                                        .plusDays(14))
                        .toString());
        var routes = backOfficeRoutes(parameters);
        var bundles = Bundles.load();

        var problems = new ArrayList<String>();
        try (var phone = new PhoneBrowser("en-US")) {
            phone.open(baseUrl() + "/login");
            signIn(phone, admin);
            awaitMenu(phone, "仪表盘");
            for (var route : routes) {
                problems.addAll(check(phone, route, Language.ZH_CN, bundles));
            }
            phone.tap(".app-header .language-switch");
            awaitMenu(phone, "Dashboard");
            for (var route : routes) {
                problems.addAll(check(phone, route, Language.EN, bundles));
            }
        }
        assertThat(problems).as("walked " + routes).isEmpty();
    }

    private List<String> check(PhoneBrowser phone, String route, Language language, Bundles bundles) {
        phone.open(baseUrl() + "/" + route);
        phone.find("vaadin-app-layout");
        awaitIdle(phone);
        var text = visibleText(phone, language);
        writeForReading(language.tag() + "-" + route, text);
        var problems = new ArrayList<String>();
        var where = language.tag() + " /" + route + ": ";
        if (text.contains("!{")) {
            problems.add(where + "missing text "
                    + text.substring(text.indexOf("!{"), Math.min(text.length(), text.indexOf("!{") + 80)));
        }
        KEY_LIKE.matcher(text)
                .results()
                .map(m -> m.group())
                .filter(bundles.keys()::contains)
                .forEach(key -> problems.add(where + "a key instead of its text: " + key));
        if (language == Language.ZH_CN) {
            text.lines()
                    .filter(line -> VAADIN_ENGLISH.contains(line)
                            || VAADIN_ENGLISH_STARTS.stream().anyMatch(line::startsWith))
                    .forEach(line -> problems.add(where + "\"" + line + "\" is Vaadin's English default"));
        }
        // a whole text that is the other language's message, however short ("Online", "门店")
        var wholeForeign = language == Language.ZH_CN ? bundles.englishWhole() : bundles.chineseWhole();
        text.lines()
                .map(String::strip)
                .filter(wholeForeign::containsKey)
                .forEach(line ->
                        problems.add(where + "\"" + line + "\" is the other language's " + wholeForeign.get(line)));
        var foreign = language == Language.ZH_CN ? bundles.englishOnly() : bundles.chineseOnly();
        foreign.forEach((fragment, key) -> {
            if (text.contains(fragment)) {
                problems.add(where + "\"" + fragment + "\" from the other language's " + key);
            }
        });
        return problems;
    }

    /**
     * The page's text as a user meets it: visible text, labels read out to screen readers and the tab's title, also
     * inside the components' shadow DOM. Text marked as another language ({@code lang}, e.g. the language switch)
     * is meant to be in it and left out.
     */
    private static String visibleText(PhoneBrowser phone, Language language) {
        return (String) phone.script("""
                const expected = arguments[0];
                const out = [document.title];
                const foreign = el => {
                  for (let e = el; e; e = e.parentElement || (e.getRootNode() && e.getRootNode().host)) {
                    if (e === document.documentElement) return false;
                    if (e.hasAttribute && e.hasAttribute('lang')) return !e.getAttribute('lang').toLowerCase().startsWith(expected);
                  }
                  return false;
                };
                // the menu counts although a phone keeps its drawer closed
                const visible = el => el.closest('vaadin-side-nav') !== null
                    || (el.checkVisibility ? el.checkVisibility({visibilityProperty: true}) : true);
                const walk = root => {
                  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
                  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                    if (n.nodeType === Node.TEXT_NODE) {
                      const p = n.parentElement;
                      if (p && !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(p.tagName) && !foreign(p) && visible(p)) {
                        out.push(n.textContent.trim());
                      }
                    } else {
                      if (n.shadowRoot) walk(n.shadowRoot);
                      for (const a of ['aria-label', 'title', 'placeholder']) {
                        if (n.hasAttribute(a) && !foreign(n)) out.push(n.getAttribute(a));
                      }
                    }
                  }
                };
                walk(document.body);
                return out.filter(t => t).join('\\n');
                """, language == Language.ZH_CN ? "zh" : "en");
    }

    /** What the walk read, in target/language-walk/, for a person to check what the test checks. */
    private static void writeForReading(String name, String text) {
        try {
            var folder = java.nio.file.Path.of("target", "language-walk");
            java.nio.file.Files.createDirectories(folder);
            java.nio.file.Files.writeString(folder.resolve(name.replaceAll("[^A-Za-z0-9-]", "_") + ".txt"), text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every route in the back-office frame, its parameters filled in; owner pages follow the owner's language. */
    private static List<String> backOfficeRoutes(Map<String, String> parameters) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        var routes = new TreeSet<String>();
        for (var candidate : scanner.findCandidateComponents("com.dealercsi")) {
            Class<?> view;
            try {
                view = Class.forName(candidate.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            var route = view.getAnnotation(Route.class);
            if (!route.autoLayout() || view.isAnnotationPresent(AnonymousAllowed.class)) {
                continue;
            }
            var path = route.value();
            var filled = new StringBuilder();
            for (var segment : path.split("/")) {
                if (segment.startsWith(":")) {
                    var value = parameters.get(segment.substring(1).toLowerCase());
                    assertThat(value)
                            .as("a value for " + segment + " of the route " + path)
                            .isNotNull();
                    segment = value;
                }
                filled.append(filled.isEmpty() ? "" : "/").append(segment);
            }
            routes.add(filled.toString());
        }
        assertThat(routes).contains("", "dashboard", "account", "admin/users");
        return List.copyOf(routes);
    }

    private static void signIn(PhoneBrowser phone, String email) {
        phone.await("input[name='username']").sendKeys(email);
        phone.await("input[name='password']").sendKeys("secret", Keys.ENTER);
    }

    private static void awaitMenu(PhoneBrowser phone, String entry) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> menu(phone).contains(entry));
    }

    private static String menu(PhoneBrowser phone) {
        var text = phone.script(
                "var nav = document.querySelector('vaadin-side-nav');" + " return nav ? nav.textContent : '';");
        return text == null ? "" : text.toString();
    }

    private static void awaitIdle(PhoneBrowser phone) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollDelay(Duration.ofMillis(300))
                .until(() -> Boolean.TRUE.equals(phone.script("const c = window.Vaadin && window.Vaadin.Flow"
                        + " && window.Vaadin.Flow.clients; return !!c && Object.values(c)"
                        + ".every(client => !client.isActive || !client.isActive());")));
    }

    /**
     * The message bundles' keys, and the texts that belong to one language only: the parts between placeholders
     * of every message whose two languages differ, kept when long enough not to occur in data by chance.
     */
    record Bundles(
            Set<String> keys,
            Map<String, String> englishOnly,
            Map<String, String> chineseOnly,
            Map<String, String> englishWhole,
            Map<String, String> chineseWhole) {

        static Bundles load() throws Exception {
            var settings = new Properties();
            try (var in = BackOfficeLanguageBrowserIT.class.getResourceAsStream("/application.properties")) {
                settings.load(in);
            }
            var keys = new TreeSet<String>();
            var english = new LinkedHashMap<String, String>();
            var chinese = new LinkedHashMap<String, String>();
            var englishWhole = new LinkedHashMap<String, String>();
            var chineseWhole = new LinkedHashMap<String, String>();
            for (var name : settings.getProperty("spring.messages.basename").split(",")) {
                var en = properties("/" + name.trim() + ".properties");
                var zh = properties("/" + name.trim() + "_zh_CN.properties");
                for (var key : en.stringPropertyNames()) {
                    keys.add(key);
                    if (key.startsWith(SAMPLE_DATA)) {
                        continue;
                    }
                    var enText = en.getProperty(key);
                    var zhText = zh.getProperty(key, "");
                    if (enText.equals(zhText)) {
                        // the same in both is a name (CSI, NPS); English words in both are a missed translation
                        if (ENGLISH_WORDS.matcher(enText).find()) {
                            english.putIfAbsent(enText.strip(), key);
                        }
                        continue;
                    }
                    if (enText.matches("[A-Za-z]{3,}.*")
                            && !CHINESE.matcher(enText).find()) {
                        englishWhole.putIfAbsent(enText.strip(), key);
                    }
                    if (CHINESE.matcher(zhText).find()) {
                        chineseWhole.putIfAbsent(zhText.strip(), key);
                    }
                    fragments(enText)
                            .filter(f -> ENGLISH_WORDS.matcher(f).matches() && !zhText.contains(f))
                            .forEach(f -> english.putIfAbsent(f, key));
                    fragments(zhText)
                            .filter(f -> CHINESE.matcher(f).results().count() >= 3 && !enText.contains(f))
                            .forEach(f -> chinese.putIfAbsent(f, key));
                }
            }
            return new Bundles(keys, english, chinese, englishWhole, chineseWhole);
        }

        private static java.util.stream.Stream<String> fragments(String text) {
            return Arrays.stream(PLACEHOLDER.split(text))
                    .map(String::strip)
                    .map(f -> f.replaceAll("^[\\p{Punct}\\s：，。（）]+|[\\p{Punct}\\s：，。（）]+$", ""))
                    .filter(f -> f.length() >= 2);
        }

        private static Properties properties(String name) throws Exception {
            var properties = new Properties();
            try (var reader = new InputStreamReader(
                    BackOfficeLanguageBrowserIT.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        }
    }
}
