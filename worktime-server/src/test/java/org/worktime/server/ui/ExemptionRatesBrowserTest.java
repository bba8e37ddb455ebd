package org.worktime.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.worktime.core.testing.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Exemptions page's stated exchange rates in headless chromium: a Korean employee paid 160,000,000 KRW a year is
 * undetermined under the US FLSA while no rate is stated (the page names the rate it lacks), and judged by the highly
 * compensated employee test once HR states 1 USD = 1,400 KRW (114,285.71 USD a year, the rate and its date beside it);
 * the rates stay for the session; a rate of 0, a negative one or a word is refused with status 400, the field named, in
 * English, Korean and Japanese, and nothing is kept.
 */
class ExemptionRatesBrowserTest extends UiServer {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    /** The lines of the highly compensated employee test in a cell: its verdict and reason, then each condition. */
    @SuppressWarnings("unchecked")
    static List<String> hce(Browser b, String cell) {
        return (List<String>) b.js("var t = Array.from(document.querySelectorAll(arguments[0] + ' li.exemptions-test'))"
                + ".find(l => l.querySelector('strong').innerText.startsWith('Highly compensated'));"
                + " return t.innerText.split('\\n').map(s => s.trim()).filter(s => s.length > 0)", cell);
    }

    @Test
    void statedRatesDecideTheUsTestsAndBadRatesAreRefusedInEachLanguage(@TempDir Path dir) throws Exception {
        Tenant t = tenant(port, "xr");
        seedKrTeam(t);
        Map<String, Object> yuna = employee("E100", "Choi Yuna", "platform", "salaried", "160000000");
        @SuppressWarnings("unchecked")
        Map<String, Object> wage = new LinkedHashMap<>((Map<String, Object>) yuna.get("wage"));
        wage.put("per", "year");
        wage.put("weeklyHours", "40");
        yuna.put("wage", wage);
        Http.Response put = t.hr().put("/api/v1/workplaces/" + WP + "/employees/E100", yuna);
        assertThat(put.status()).as(put.toString()).isEqualTo(201);
        Http.Response attested = t.hr().post("/api/v1/workplaces/" + WP + "/attestations", Map.of("employee", "E100", "subject", "us.duties.hce",
                "holds", true, "attestedBy", "HR", "attestedOn", "2026-01-05", "from", "2026-01-01"));
        assertThat(attested.status()).as(attested.toString()).isEqualTo(201);
        String base = "http://127.0.0.1:" + port;
        String page = "/workplaces/" + WP + "/exemptions";
        String cell = "#employee-E100 td[data-regime=US-FLSA]";

        try (Browser b = Browser.open(dir.resolve("profile"), "en-US")) {
            signIn(b, base, t.id() + "-hr", t.hrPassword());
            b.get(base + page);
            // No rate: the FLSA cannot compare a salary in KRW, and the page says which rate it lacks.
            assertThat(b.text("#rates-used")).isEqualTo("No exchange rate is stated: a salary paid in another currency than a regime's is"
                    + " undetermined under it.");
            assertThat(b.text(cell + " summary")).isEqualTo("Undetermined");
            assertThat(b.text(cell + " .exemptions-rate-note")).isEqualTo("No rate from KRW to USD is stated: the salary in KRW cannot be compared"
                    + " with this regime's thresholds in USD.");
            assertThat(b.driver().findElements(org.openqa.selenium.By.cssSelector("#employee-E100 td[data-regime=KR-LSA] .exemptions-rate-note"))).isEmpty();
            b.find(cell + " summary").click();
            assertThat(hce(b, cell)).containsExactly(
                    "Highly compensated employee exemption: Undetermined. Cannot decide whether paid on a salary basis. 29 C.F.R. § 541.601",
                    "paid on a salary basis: observed: 160,000,000 KRW per YEAR (3,076,923 KRW a week); required: a predetermined salary in USD;"
                            + " undetermined",
                    "at least the standard level a week paid as salary (no bonus credit): required: 684.00 USD a week (541.600(a), in force from"
                            + " 2020-01-01); the 2024 rule's 1,128.00 USD (announced from 2025-01-01) was vacated on 2024-11-15 and is not the level in"
                            + " force; undetermined",
                    "total annual compensation of at least the HCE level: required: 107,432.00 USD over 2026-01-01 to 2026-12-31; 107,432.00 USD"
                            + " (541.601(a)(1), in force from 2020-01-01); the 2024 rule's 151,164.00 USD (announced from 2025-01-01) was vacated on"
                            + " 2024-11-15 and is not the level in force; undetermined",
                    "customarily and regularly performs at least one exempt executive, administrative or professional duty; office or non-manual"
                            + " work: observed: attested by HR on 2026-01-05; required: attested by a responsible person; met");

            // 1 USD = 1,400 KRW as of 2026-03-02 (and 1 JPY = 9.5 KRW): the HCE test decides on 114,285.71 USD a year.
            assertThat(b.find("#on-USD").getAttribute("value")).isEqualTo("2026-03-12");
            b.find("#rate-USD").sendKeys("1,400");
            b.js("document.getElementById('on-USD').value = '2026-03-02'; document.getElementById('on-JPY').value = '2026-03-02'");
            b.find("#rate-JPY").sendKeys("9.5");
            b.find("#use-rates").click();
            b.await("the rates", () -> b.text("#rates-used").startsWith("Rates used"));
            assertThat(b.text("#rates-used")).isEqualTo("Rates used: 1 USD = 1,400 KRW (as of 2026-03-02); 1 JPY = 9.5 KRW (as of 2026-03-02)");
            assertThat(b.text(cell + " summary")).isEqualTo("Exempt");
            assertThat(b.text(cell + " .exemptions-rate-note")).isEqualTo("Converted at 1 USD = 1,400 KRW (as of 2026-03-02)");
            assertThat(b.text("#employee-E100 td[data-regime=JP-HPS] .exemptions-rate-note")).isEqualTo("Converted at 1 JPY = 9.5 KRW (as of 2026-03-02)");
            b.find(cell + " summary").click();
            List<String> decided = hce(b, cell);
            assertThat(decided.get(0)).isEqualTo("Highly compensated employee exemption: Exempt. Every condition of Highly compensated employee"
                    + " exemption is met. 29 C.F.R. § 541.601");
            assertThat(decided.get(3)).isEqualTo("total annual compensation of at least the HCE level: observed: 114,285.71 USD = salary"
                    + " 114,285.71 USD + commissions, bonuses and other pay 0.00 USD; required: 107,432.00 USD over 2026-01-01 to 2026-12-31;"
                    + " 107,432.00 USD (541.601(a)(1), in force from 2020-01-01); the 2024 rule's 151,164.00 USD (announced from 2025-01-01) was"
                    + " vacated on 2024-11-15 and is not the level in force; met");
            assertThat(decided).hasSize(5).allMatch(line -> line.endsWith("; met") || line.startsWith("Highly"));
            assertThat(b.find("#rate-USD").getAttribute("value")).isEqualTo("1400");

            // Kept in the session: the page again, on another date, uses them.
            b.get(base + page + "?on=2026-03-31");
            assertThat(b.text("#rates-used")).isEqualTo("Rates used: 1 USD = 1,400 KRW (as of 2026-03-02); 1 JPY = 9.5 KRW (as of 2026-03-02)");
            assertThat(b.text(cell + " summary")).isEqualTo("Exempt");

            // A bad rate, in each language: the field named, the reason io's; nothing kept.
            for (String[] bad : new String[][] {
                {"en", "0", "1 USD = … KRW: 0 is not positive"},
                {"en", "-5", "1 USD = … KRW: -5 is not positive"},
                {"en", "abc", "1 USD = … KRW: abc is not a number"},
                {"ko", "abc", "1 USD = … KRW: abc은(는) 숫자가 아닙니다"},
                {"ja", "-5", "1 USD = … KRW: -5 は正の数ではありません"}}) {
                b.get(base + "/language?lang=" + bad[0] + "&back=" + page);
                b.find("#rate-USD").clear();
                b.find("#rate-USD").sendKeys(bad[1]);
                b.find("#use-rates").click();
                b.await("the refusal", () -> !b.driver().findElements(org.openqa.selenium.By.cssSelector("#rate-problems li")).isEmpty());
                assertThat(b.text("#rate-problems li")).isEqualTo(bad[2]);
                assertThat(b.find("#rate-problems li").getAttribute("data-field")).isEqualTo("rate-USD");
                assertThat(b.find("#rate-USD").getAttribute("aria-invalid")).isEqualTo("true");
                assertThat(b.find("#rate-USD").getAttribute("value")).isEqualTo(bad[1]);
            }
            b.get(base + "/language?lang=en&back=" + page);
            assertThat(b.text("#rates-used")).isEqualTo("Rates used: 1 USD = 1,400 KRW (as of 2026-03-02); 1 JPY = 9.5 KRW (as of 2026-03-02)");
            assertThat(b.fitsAPhone()).isTrue();
            assertThat(b.lowestContrast(".exemptions-rate-note")).isGreaterThanOrEqualTo(4.5);
            assertThat(Axe.violations(b)).as("axe-core WCAG 2.1 A/AA violations of the exemptions page with rates").isEmpty();

            // Blank rates state none: the FLSA is undetermined again.
            b.find("#rate-USD").clear();
            b.find("#rate-JPY").clear();
            b.find("#use-rates").click();
            b.await("no rates", () -> b.text("#rates-used").startsWith("No exchange rate"));
            assertThat(b.text(cell + " summary")).isEqualTo("Undetermined");
        }

        // The status of a refusal, and a missing date, through a plain client signed in through the form.
        Http hr = Http.pages(port, t.id() + "-hr", t.hrPassword());
        Matcher csrf = CSRF.matcher(hr.get(page).body());
        assertThat(csrf.find()).isTrue();
        Http.Response refused = hr.postForm(page + "/rates", Http.form("_csrf", csrf.group(1), "rate-USD", "0", "on-USD", "2026-03-02",
                "rate-JPY", "8", "on-JPY", ""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("1 USD = … KRW: 0 is not positive", "Date of the JPY rate: a date is required with the rate.");
        Http.Response kept = hr.postForm(page + "/rates", Http.form("_csrf", csrf.group(1), "rate-USD", "1400", "on-USD", "2026-03-02"));
        assertThat(kept.status()).isEqualTo(302);
        assertThat(kept.headers().firstValue("Location").orElse("")).endsWith(page + "#rates");
    }
}
