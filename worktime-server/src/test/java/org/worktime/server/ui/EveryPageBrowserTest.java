package org.worktime.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.worktime.core.i18n.Language;
import org.worktime.core.testing.Browser;

/**
 * Issue 18's quality list over every page, in Japanese (the other languages have their own tests): each fits a phone
 * (390 px, no sideways scrolling), is used with the keyboard alone (Tab reaches every visible control, in turn, each
 * with a visible focus ring), has no raster image (the charts are SVG with their words as text), shows the
 * workplace's zone where it shows times, and has no axe-core WCAG 2.1 A/AA violation. And every role, signed in
 * through the form, is answered each page as it may read it (200, or 403/404, or sent to its own page).
 */
class EveryPageBrowserTest extends UiServer {

    static final String W = "/workplaces/" + WP;
    /** The pages of a workplace and of the user, and whether they show the workplace's zone. */
    static final Map<String, Boolean> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put(W + "/week", true);
        PAGES.put(W + "/employees/E001", true);
        PAGES.put(W + "/schedule?week=2026-03-09", true);
        PAGES.put(W + "/imports", true);
        PAGES.put(W + "/findings", true);
        PAGES.put(W + "/pay", true);
        PAGES.put(W + "/agreements", true);
        PAGES.put(W + "/exemptions?on=2026-03-31", true);
        PAGES.put(W + "/simulations", false);
        PAGES.put(W + "/plans", false);
        PAGES.put("/audit", true);
        PAGES.put("/alerts", false);
    }

    static int port;
    static Tenant t;
    static final Map<String, String> passwords = new LinkedHashMap<>();

    @BeforeAll
    static void seed(@Autowired Environment env) throws Exception {
        port = port(env);
        t = tenant(port, "every");
        seedKrTeam(t, "E001", "E002", "E003", "E006");
        importWeek(t);
        passwords.put("hr", t.hrPassword());
        passwords.put("lead", t.user(Map.of("username", t.id() + "-lead", "role", "MANAGER", "team", "platform")));
        passwords.put("audit", t.user(Map.of("username", t.id() + "-audit", "role", "AUDITOR")));
        passwords.put("minji", t.user(Map.of("username", t.id() + "-minji", "role", "EMPLOYEE", "workplace", WP, "employee", "E001")));
    }

    @Test
    void everyPageInJapaneseFitsAPhoneWorksWithTheKeyboardHasNoImageShowsTheZoneAndPassesAxe(@TempDir Path dir) throws Exception {
        String base = "http://127.0.0.1:" + port;
        String zone = new Words(Language.JA).zone("Asia/Seoul");
        List<String> problems = new ArrayList<>();
        try (Browser b = Browser.open(dir.resolve("profile"), "ja")) {
            b.get(base + "/signin");
            check(b, "/signin", false, zone, problems);
            signIn(b, base, t.id() + "-hr", t.hrPassword());
            for (Map.Entry<String, Boolean> page : PAGES.entrySet()) {
                b.get(base + page.getKey());
                check(b, page.getKey(), page.getValue(), zone, problems);
            }
        }
        try (Browser b = Browser.open(dir.resolve("profile-minji"), "ja")) {
            signIn(b, base, t.id() + "-minji", passwords.get("minji"));
            b.get(base + "/me");
            check(b, "/me", true, zone, problems);
        }
        assertThat(problems).isEmpty();
    }

    static void check(Browser b, String page, boolean showsZone, String zone, List<String> problems) {
        if (!b.fitsAPhone()) {
            problems.add(page + ": scrolls sideways at 390 px");
        }
        Number images = (Number) b.js("return document.querySelectorAll('img, input[type=image], picture, canvas').length");
        if (images.intValue() != 0) {
            problems.add(page + ": " + images + " raster image(s)");
        }
        if (showsZone && !b.text("main").contains(zone)) {
            problems.add(page + ": no zone (" + zone + ")");
        }
        List<String> unreached = keyboard(b);
        if (!unreached.isEmpty()) {
            problems.add(page + ": not reached with Tab, or without a focus ring: " + unreached);
        }
        Axe.violations(b).forEach(v -> problems.add(page + ": axe " + v));
    }

    /**
     * Tabs from the top of the page through every control and returns those not reached (or reached without a visible
     * focus indicator): links, buttons, fields, summaries, frames; of a radio group, the one Tab stops at.
     */
    @SuppressWarnings("unchecked")
    static List<String> keyboard(Browser b) {
        List<String> controls = (List<String>) b.js("var seen = {}; var out = [];"
                + " document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, iframe, [tabindex]')"
                + ".forEach((e, i) => {"
                + "  if (e.disabled || e.tabIndex < 0 || e.getClientRects().length === 0 || getComputedStyle(e).visibility === 'hidden') return;"
                + "  if (e.closest('details:not([open])') && e.tagName !== 'SUMMARY') return;"
                + "  if (e.type === 'radio') { if (seen[e.name]) return; seen[e.name] = true; }"
                + "  e.dataset.kb = 'k' + i; out.push('k' + i); });"
                + " document.activeElement && document.activeElement.blur(); return out;");
        java.util.Set<String> reached = new java.util.LinkedHashSet<>();
        List<String> noRing = new ArrayList<>();
        String last = "";
        // A date or time field takes a Tab stop for each of its parts: up to five a control, then round again.
        for (int i = 0; i < controls.size() * 5 + 5; i++) {
            new Actions(b.driver()).sendKeys(Keys.TAB).perform();
            List<Object> focus = (List<Object>) b.js("var e = document.activeElement; var s = getComputedStyle(e);"
                    + " return [e.dataset ? (e.dataset.kb || '') : '', (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)"
                    + " || s.boxShadow !== 'none' || e.tagName === 'IFRAME', e.outerHTML.substring(0, 80)];");
            String id = (String) focus.get(0);
            if (!id.isEmpty() && !id.equals(last)) {
                if (!reached.add(id)) {
                    break; // round again
                }
                if (!(Boolean) focus.get(1)) {
                    noRing.add((String) focus.get(2));
                }
            }
            last = id;
        }
        List<String> missing = new ArrayList<>();
        for (String c : controls) {
            if (!reached.contains(c)) {
                missing.add((String) b.js("return document.querySelector('[data-kb=' + arguments[0] + ']').outerHTML.substring(0, 80)", c));
            }
        }
        missing.addAll(noRing.stream().map(s -> "no focus ring: " + s).toList());
        return missing;
    }

    @Test
    void everyRoleIsAnsweredEachPageAsItMayReadIt() {
        // 200: the page; 302: sent to its own page; 403/404: not for this role (404 where a record's existence is not told).
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        //                       week employee E003 schedule imports findings pay agreements exemptions simulations audit alerts me
        expected.put("hr", List.of(200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 302));
        expected.put("lead", List.of(200, 200, 404, 200, 403, 200, 200, 200, 200, 404, 404, 200, 302));
        expected.put("audit", List.of(200, 200, 200, 200, 403, 200, 200, 200, 200, 200, 200, 200, 302));
        // The employee: their own page (E001 is Minji) and Me, nothing else of the workplace.
        expected.put("minji", List.of(404, 200, 404, 404, 404, 404, 404, 404, 404, 404, 404, 200, 200));
        // The system administrator: no tenant's records; their own alert preferences (every user chooses theirs).
        expected.put("admin", List.of(404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 200, 302));
        List<String> paths = List.of(W + "/week", W + "/employees/E001", W + "/employees/E003", W + "/schedule?week=2026-03-09", W + "/imports",
                W + "/findings", W + "/pay", W + "/agreements", W + "/exemptions?on=2026-03-31", W + "/simulations", "/audit", "/alerts", "/me");
        Map<String, List<Integer>> answered = new LinkedHashMap<>();
        for (String who : expected.keySet()) {
            Http pages = Http.pages(port, who.equals("admin") ? "admin" : t.id() + "-" + who, who.equals("admin") ? ADMIN_PASSWORD : passwords.get(who));
            answered.put(who, paths.stream().map(p -> pages.get(p).status()).toList());
        }
        assertThat(answered).isEqualTo(expected);
    }
}
