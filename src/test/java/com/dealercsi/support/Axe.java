package com.dealercsi.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Runs axe-core (WCAG 2.1 A/AA rules) in the page and returns what it found, one line per violation and
 * element, so an assertion message says what to fix.
 */
public final class Axe {

    private static final String SCRIPT = load();

    private Axe() {}

    @SuppressWarnings("unchecked")
    public static List<String> violations(JavascriptExecutor page) {
        page.executeScript(SCRIPT);
        var result = (List<Map<String, Object>>) page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                  .then(r => done(r.violations.flatMap(v => v.nodes.map(n => ({
                      id: v.id, impact: v.impact, help: v.help, target: JSON.stringify(n.target),
                      summary: n.failureSummary })))))
                  .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), target: '', summary: '' }]));
                """);
        return result.stream()
                .map(v -> v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " at " + v.get("target") + " – "
                        + v.get("summary"))
                .toList();
    }

    private static String load() {
        try (var in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
