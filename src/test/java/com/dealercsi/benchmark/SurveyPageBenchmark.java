package com.dealercsi.benchmark;

import com.dealercsi.support.Api;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.Mails;
import com.dealercsi.support.PhoneBrowser;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import com.sun.net.httpserver.HttpServer;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The survey's figures, measured, not asserted: the first survey page and a plain static HTML form of one rating
 * question, interleaved in one run (median of 5, {@code -Dbenchmark.runs=N} for another count), in headless
 * Chromium with a phone profile (390×844, 4× CPU slowdown, 150 ms RTT, 1.6 Mbps down, 750 kbps up, cold cache):
 * bytes over the wire, time until the first rating can be tapped (hit-testable at its centre) and its ratio to
 * the static form, the UIDL round trips that came before, time from tapping Submit to the thank-you page; and
 * server heap per open survey session (GC forced, 200 sessions). Run it against the production bundle (README, "Benchmarks"); results go to the console and
 * to target/benchmarks/survey-page.md.
 */
// run with -Pproduction, whose build folder (target/production) holds the production bundle the app then serves
@TestPropertySource(properties = "vaadin.productionMode=true")
class SurveyPageBenchmark extends IntegrationTest {

    private static final int RUNS = Integer.getInteger("benchmark.runs", 5);
    /**
     * Pairs opened before the measured ones and not counted: the first survey after the server starts also loads
     * and compiles the server's classes, which a store's running server has long done. Reported on its own.
     */
    private static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 1);

    private static final int SESSIONS = 200;
    /**
     * Tappable means what a thumb needs: the radio is laid out, its element is upgraded (a Vaadin element that
     * is not yet defined does nothing when tapped), and the point at its centre hits it or its label, not
     * something over it. Also notes every XHR the page sends, so the report can tell whether a UIDL round trip
     * came before.
     */
    private static final String TAPPABLE_PROBE = """
            (() => {
              const selector = '%s';
              const check = () => {
                const target = document.querySelector(selector);
                if (target && target.matches(':defined')) {
                  const box = target.getBoundingClientRect();
                  const x = box.left + box.width / 2;
                  const y = box.top + box.height / 2;
                  const hit = box.height > 0 && y < window.innerHeight ? document.elementFromPoint(x, y) : null;
                  if (hit && (hit === target || target.contains(hit))) {
                    window.__tappable = performance.now();
                    return;
                  }
                }
                requestAnimationFrame(check);
              };
              requestAnimationFrame(check);
            })();
            """;

    @Autowired
    TestStores stores;

    @Test
    void survey_page_against_a_static_form() throws Exception {
        var staticForm = staticFormServer();
        try {
            var store = stores.create();
            var loadBefore = loadAverage();
            var vaadin = new ArrayList<Measurement>();
            var plain = new ArrayList<Measurement>();
            var warmUp = new ArrayList<Double>();
            for (int run = 0; run < WARM_UP; run++) {
                var first = measure(invite(store, "warm-up-" + run), SURVEY_RADIO, true);
                var firstPlain =
                        measure("http://localhost:" + staticForm.getAddress().getPort() + "/", STATIC_RADIO, false);
                warmUp.add(first.tappableMillis() / firstPlain.tappableMillis());
            }
            // interleaved, so a busy moment on the machine weighs on both pages alike
            for (int run = 0; run < RUNS; run++) {
                var link = invite(store, "bench-" + run);
                vaadin.add(measure(link, SURVEY_RADIO, true));
                plain.add(measure("http://localhost:" + staticForm.getAddress().getPort() + "/", STATIC_RADIO, false));
            }
            var loadAfter = loadAverage();
            var ratios = new ArrayList<Double>();
            for (int run = 0; run < RUNS; run++) {
                ratios.add(vaadin.get(run).tappableMillis() / plain.get(run).tappableMillis());
            }
            double ratio = median(ratios);
            double kilobytes =
                    median(vaadin.stream().map(m -> (double) m.bytes()).toList()) / 1024;
            int uidlBefore = vaadin.stream()
                    .mapToInt(Measurement::uidlBeforeTappable)
                    .max()
                    .orElse(0);
            var heap = heapPerSession(store);
            var report = """
                    | page | bytes over the wire | requests | first rating tappable | submit → thank-you |
                    |---|---|---|---|---|
                    %s
                    %s

                    First rating tappable: %.1f× the static form (median of the %d runs' ratios; runs: %s).
                    Goal ≤ 5× and ≤ 150 KB: %s. UIDL round trips finished before the first rating was tappable: %d.
                    Before them, %d warm-up pair(s) not counted, the first survey since the server started: %s.
                    Median of %d cold-cache phone runs, interleaved, phone profile (390×844, 4× CPU, 150 ms RTT, 1.6 Mbps down,
                    750 kbps up). Load average (1 min) before: %s, after: %s.
                    Server heap per open survey session: %.1f KB (%d sessions, GC forced before and after).
                    """.formatted(
                            row("Vaadin survey, first page", vaadin),
                            row("static HTML form", plain),
                            ratio,
                            RUNS,
                            ratios.stream().map("%.1f×"::formatted).toList(),
                            ratio <= 5 && kilobytes <= 150 ? "met" : "NOT met",
                            uidlBefore,
                            WARM_UP,
                            warmUp.stream().map("%.1f×"::formatted).toList(),
                            RUNS,
                            loadBefore,
                            loadAfter,
                            heap / 1024.0,
                            SESSIONS);
            System.out.println(report);
            Files.createDirectories(Path.of("target", "benchmarks"));
            Files.writeString(Path.of("target", "benchmarks", "survey-page.md"), report);
            Files.writeString(
                    Path.of("target", "benchmarks", "survey-page-waterfall.txt"),
                    vaadin.getLast().waterfall());
        } finally {
            staticForm.stop(0);
        }
    }

    private static final String SURVEY_RADIO = "vaadin-radio-group.rating-scale vaadin-radio-button";
    private static final String STATIC_RADIO = "label[for=r1]";

    private Measurement measure(String url, String tappableSelector, boolean vaadin) throws Exception {
        try (var phone = new PhoneBrowser("zh-CN")) {
            var driver = phone.driver();
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            driver.executeCdpCommand(
                    "Network.emulateNetworkConditions",
                    Map.of(
                            "offline",
                            false,
                            "latency",
                            150,
                            "downloadThroughput",
                            1_600_000 / 8,
                            "uploadThroughput",
                            750_000 / 8));
            driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
            driver.executeCdpCommand(
                    "Page.addScriptToEvaluateOnNewDocument",
                    Map.of("source", TAPPABLE_PROBE.formatted(tappableSelector)));
            phone.open(url);
            long deadline = System.currentTimeMillis() + 30_000;
            Object tappable;
            while ((tappable = phone.script("return window.__tappable")) == null
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            var bytes = ((Number) phone.script("""
                    const all = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'));
                    return all.reduce((sum, e) => sum + (e.transferSize || 0), 0);""")).longValue();
            if (tappable == null) {
                throw new IllegalStateException("Nothing tappable within 30 s at " + url);
            }
            double tappableAt = ((Number) tappable).doubleValue();
            var requests = ((Number) phone.script("""
                    return performance.getEntriesByType('navigation').length
                        + performance.getEntriesByType('resource').length;""")).intValue();
            var uidlBefore = ((Number) phone.script("""
                    return performance.getEntriesByType('resource')
                        .filter(e => e.name.includes('v-r=uidl') && e.responseEnd > 0 && e.responseEnd < arguments[0])
                        .length;""", tappableAt)).intValue();
            var waterfall = String.valueOf(phone.script("""
                    const all = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'));
                    return all.map(e => [Math.round(e.startTime), Math.round(e.responseEnd), e.transferSize,
                            e.name.replace(/^https?:\\/\\/[^/]+\\//, '').replace(/survey\\/[\\w-]+/, 'survey/…')].join('\\t'))
                        .join('\\n') + '\\ntappable at ' + Math.round(arguments[0]) + ' ms\\n';""", tappableAt));
            long submitMillis = vaadin ? submitSurvey(phone) : submitStatic(phone);
            return new Measurement(bytes, requests, tappableAt, submitMillis, uidlBefore, waterfall);
        }
    }

    private static long submitSurvey(PhoneBrowser phone) {
        while (phone.all("#submit").isEmpty()) {
            for (var group : phone.all("vaadin-radio-group.rating-scale")) {
                var id = group.getAttribute("id");
                phone.click("#" + id + " vaadin-radio-button:nth-of-type(8) > label");
                phone.await("#" + id + " vaadin-radio-button:nth-of-type(8)[checked]");
            }
            if (!phone.all("#consent").isEmpty()) {
                phone.click("#consent vaadin-radio-button:nth-of-type(2) > label");
                phone.await("#consent vaadin-radio-button:nth-of-type(2)[checked]");
            }
            var progress = progressText(phone);
            phone.click("#next");
            new org.openqa.selenium.support.ui.WebDriverWait(phone.driver(), Duration.ofSeconds(30))
                    .until(d -> !progress.equals(progressText(phone)));
        }
        long start = System.nanoTime();
        phone.click("#submit");
        phone.await(".survey-notice");
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String progressText(PhoneBrowser phone) {
        return String.valueOf(phone.script(
                "const p = document.querySelector('.survey-progress-text'); return p ? p.textContent : '';"));
    }

    private static long submitStatic(PhoneBrowser phone) {
        phone.click("label[for=r8]");
        long start = System.nanoTime();
        phone.click("button[type=submit]");
        phone.await("#thanks");
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * Opens {@link #SESSIONS} surveys as separate browsers would, each with its own session cookie, and weighs
     * the heap. One client without a cookie jar follows the redirect by hand, so nothing of the client side
     * stays in this JVM's heap and only the server's sessions are weighed.
     */
    private double heapPerSession(TestStores.TestStore store) throws Exception {
        var link = invite(store, "heap");
        var token = link.substring(link.lastIndexOf('/') + 1);
        var client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        long before = usedHeapAfterGc();
        for (int i = 0; i < SESSIONS; i++) {
            var redirect = client.send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + "/survey/" + token))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            var cookie =
                    redirect.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            var page = client.send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + "/survey"))
                            .header("Cookie", cookie)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200 || !page.body().contains("rating-scale")) {
                throw new IllegalStateException("The survey did not open: " + page.statusCode());
            }
        }
        long after = usedHeapAfterGc();
        return (after - before) / (double) SESSIONS;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private String invite(TestStores.TestStore store, String who) {
        var email = who + "-" + store.code() + "@example.com";
        Api.postVisit(baseUrl(), store.apiKey(), Api.visitJson("RO-" + who, email, store.advisorCode(), "zh-CN"), "en");
        return Mails.surveyLink(
                TestMailServer.awaitMails(email, 1, Duration.ofSeconds(20)).getFirst());
    }

    private static String row(String name, List<Measurement> runs) {
        return "| %s | %.0f KB | %.0f | %.2f s | %.2f s |"
                .formatted(
                        name,
                        median(runs.stream().map(m -> (double) m.bytes()).toList()) / 1024,
                        median(runs.stream().map(m -> (double) m.requests()).toList()),
                        median(runs.stream().map(Measurement::tappableMillis).toList()) / 1000,
                        median(runs.stream().map(m -> (double) m.submitMillis()).toList()) / 1000);
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static HttpServer staticFormServer() throws Exception {
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        var form = """
                <!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width,initial-scale=1"><title>满意度</title>
                <style>body{font-family:sans-serif;margin:1rem}fieldset{border:0;padding:0}
                .s{display:grid;grid-template-columns:repeat(5,1fr);gap:.5rem}label{display:block;padding:.8rem 0;
                text-align:center;border:1px solid #789;border-radius:10px}input{position:absolute;opacity:0}
                input:checked+label{background:#0b5cad;color:#fff}button{margin-top:1rem;width:100%;padding:.8rem}</style>
                </head><body><form method="post" action="/"><fieldset><legend>本次服务的总体满意度</legend><div class="s">
                """
                + java.util.stream.IntStream.rangeClosed(1, 10)
                        .mapToObj(i -> "<input type=radio name=os id=r%d value=%d><label for=r%d>%d</label>"
                                .formatted(i, i, i, i))
                        .reduce("", String::concat)
                + "</div></fieldset><button type=submit>提交</button></form></body></html>";
        var thanks = "<!doctype html><html lang=zh-CN><head><meta charset=utf-8><title>谢谢</title></head>"
                + "<body><h1 id=thanks>感谢您的反馈！</h1></body></html>";
        server.createContext("/", exchange -> {
            var body = ("POST".equals(exchange.getRequestMethod()) ? thanks : form).getBytes(StandardCharsets.UTF_8);
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private record Measurement(
            long bytes,
            int requests,
            double tappableMillis,
            long submitMillis,
            int uidlBeforeTappable,
            String waterfall) {}
}
