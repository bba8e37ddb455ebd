package org.worktime.server.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.worktime.core.testing.Browser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * axe-core in the browser tests: the {@code axe.min.js} that Deque's Java binding ({@code com.deque.html.axe-core:selenium})
 * bundles, injected into the page and run with the WCAG 2.1 A and AA rules. Only the script is used: the binding's own
 * runner would bring a WebDriver downloader along.
 */
final class Axe {

    /** The rules of WCAG 2.0 and 2.1, levels A and AA. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String SCRIPT = load();

    /** One rule broken, with the elements that break it (CSS selectors). */
    record Violation(String id, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return id + " (" + impact + "): " + help + " " + targets;
        }
    }

    private Axe() {
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The WCAG 2.1 A/AA violations of the page the browser shows now. */
    static List<Violation> violations(Browser b) {
        b.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        if (!Boolean.TRUE.equals(b.js("return typeof window.axe === 'object'"))) {
            b.js(SCRIPT);
        }
        Object result = b.driver().executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                      targets: v.nodes.map(n => n.target.join(' '))})))))
                  .catch(e => done('ERROR ' + e));""", TAGS);
        String json = (String) result;
        if (json.startsWith("ERROR ")) {
            throw new IllegalStateException("axe failed: " + json);
        }
        List<Violation> out = new ArrayList<>();
        for (JsonNode v : JsonMapper.shared().readTree(json)) {
            List<String> targets = new ArrayList<>();
            v.get("targets").forEach(t -> targets.add(t.asString()));
            out.add(new Violation(v.get("id").asString(), v.get("impact").asString(), v.get("help").asString(), targets));
        }
        return out;
    }
}
