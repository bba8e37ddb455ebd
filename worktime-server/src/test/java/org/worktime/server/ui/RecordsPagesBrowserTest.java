package org.worktime.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.worktime.core.testing.Browser;
import tools.jackson.databind.JsonNode;

/**
 * Findings, Pay, Audit and the Employee page's month, leave and corrections, in headless chromium against the server
 * on a random port (H2 file store, the clock at Thursday 2026-03-12 12:00 in Seoul), with the four employees and the
 * shifts of {@link WebPagesBrowserTest} and one correction made through the API: every role signs in and sees only what
 * it may (the nav's links, 404 for the rest); the filters change the rows (exact counts); the exports download with
 * exact rows (the workbook read back with POI, the CSV as text); the audit page shows the correction with its reason
 * and the verified chain. It writes docs/screenshots/findings-*.png, pay-ko.png, audit-en.png, employee-month-en.png.
 */
class RecordsPagesBrowserTest extends UiServer {

    static final String REASON = "Left at 19:00; the clock-out was stamped late";

    static int port;
    static String tenant;
    static Map<String, String> passwords = new LinkedHashMap<>();
    static String correctedRecord;

    @BeforeAll
    static void seed(@Autowired Environment env) throws Exception {
        port = port(env);
        Tenant t = tenant(port, "rec");
        tenant = t.id();
        passwords.put("hr", t.hrPassword());
        Http hr = t.hr();
        seedKrTeam(t, "E001", "E002", "E003", "E006");
        importWeek(t);
        for (Map<String, Object> u : List.of(
                Map.<String, Object>of("username", tenant + "-lead", "role", "MANAGER", "team", "platform"),
                Map.<String, Object>of("username", tenant + "-audit", "role", "AUDITOR"),
                Map.<String, Object>of("username", tenant + "-minji", "role", "EMPLOYEE", "workplace", WP, "employee", "E001"))) {
            passwords.put(u.get("username").toString().substring(tenant.length() + 1), t.user(u));
        }
        // A correction through the API: Lee Junho's Monday ends at 19:00, not 20:00.
        Http.Response monday = hr.get("/api/v1/workplaces/" + WP + "/shifts?from=2026-03-09&to=2026-03-09&employee=E002");
        JsonNode shift = monday.json().get(0);
        correctedRecord = shift.get("recordId").asString();
        @SuppressWarnings("unchecked")
        Map<String, Object> data = new ObjectMapper().readValue(shift.get("data").toString(), LinkedHashMap.class);
        data.put("end", "2026-03-09T19:00+09:00");
        Http.Response corrected = hr.put("/api/v1/workplaces/" + WP + "/shifts/" + correctedRecord, Map.of("shift", data, "reason", REASON));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
    }

    static Http pages(String who) {
        return Http.pages(port, who.equals("admin") ? "admin" : tenant + "-" + who,
                who.equals("admin") ? ADMIN_PASSWORD : passwords.get(who));
    }

    /** The nav's links on a page of the role, by class. */
    static List<String> nav(String body) {
        return java.util.regex.Pattern.compile("class=\"(nav-[a-z]+)\"").matcher(body).results().map(m -> m.group(1)).toList();
    }

    @Test
    void everyRoleSeesOnlyWhatItMay() {
        String findings = "/workplaces/" + WP + "/findings";
        String pay = "/workplaces/" + WP + "/pay";
        // HR: every page, every employee.
        Http hr = pages("hr");
        Http.Response week = hr.get("/workplaces/" + WP + "/week");
        assertThat(nav(week.body())).containsExactly("nav-alerts", "nav-week", "nav-schedule", "nav-imports", "nav-plans", "nav-findings", "nav-pay",
                "nav-agreements", "nav-exemptions", "nav-simulation", "nav-audit");
        assertThat(hr.get(findings).status()).isEqualTo(200);
        assertThat(hr.get(pay).status()).isEqualTo(200);
        assertThat(hr.get("/audit").status()).isEqualTo(200);
        // Bad filters are a 400 page, not a 500.
        assertThat(hr.get(findings + "?from=March").status()).isEqualTo(400);
        assertThat(hr.get(pay + "?from=2026-03-31&to=2026-03-01").status()).isEqualTo(400);
        assertThat(hr.get(findings + "/export?format=pdf").status()).isEqualTo(400);
        assertThat(hr.get("/audit?from=yesterday").status()).isEqualTo(400);
        // This week's team picker: the teams of the employees HR sees; one team's rows.
        assertThat(week.body()).contains("<option value=\"mobile\">mobile</option>", "<option value=\"platform\">platform</option>",
                "<option value=\"support\">support</option>");
        String support = hr.get("/workplaces/" + WP + "/week?team=support").body();
        assertThat(support).contains("id=\"row-E006\"", "<option value=\"support\" selected=\"selected\">support</option>")
                .doesNotContain("row-E001", "row-E002", "row-E003");
        assertThat(hr.get("/workplaces/" + WP + "/week/table?team=support").body()).contains("row-E006").doesNotContain("row-E001");
        // The manager: their team's findings and pay, no audit trail.
        Http lead = pages("lead");
        Http.Response leadFindings = lead.get(findings);
        assertThat(leadFindings.status()).isEqualTo(200);
        assertThat(nav(leadFindings.body())).containsExactly("nav-alerts", "nav-week", "nav-schedule", "nav-plans", "nav-findings", "nav-pay", "nav-agreements",
                "nav-exemptions");
        assertThat(leadFindings.body()).contains("data-employee=\"E001\"").doesNotContain("data-employee=\"E003\"", "data-employee=\"E006\"");
        assertThat(lead.get(pay).body()).contains("data-employee=\"E002\"").doesNotContain("data-employee=\"E006\"");
        assertThat(lead.get("/audit").status()).isEqualTo(404);
        // The auditor: reads everything, the audit trail included.
        Http auditor = pages("audit");
        Http.Response auditPage = auditor.get("/audit");
        assertThat(auditPage.status()).isEqualTo(200);
        assertThat(nav(auditPage.body())).containsExactly("nav-week", "nav-schedule", "nav-plans", "nav-findings", "nav-pay", "nav-agreements", "nav-exemptions",
                "nav-simulation", "nav-audit");
        assertThat(auditor.get(findings).body()).contains("data-employee=\"E006\"");
        // The employee: Me only, no nav, and 404 for the workplace's pages.
        Http minji = pages("minji");
        Http.Response me = minji.get("/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(nav(me.body())).isEmpty();
        for (String path : List.of(findings, pay, "/audit", findings + "/export?format=csv", pay + "/export?format=xlsx")) {
            assertThat(minji.get(path).status()).as(path).isEqualTo(404);
        }
        // The system administrator: no tenant's records.
        Http system = pages("admin");
        assertThat(nav(system.get("/").body())).isEmpty();
        for (String path : List.of(findings, pay, "/audit")) {
            assertThat(system.get(path).status()).as(path).isEqualTo(404);
        }
        // Anyone not signed in is sent to the form.
        assertThat(new Http(port).get("/audit").headers().firstValue("Location").orElse("")).endsWith("/signin");
    }

    /** The employee, rule and severity of every row of the findings table, in order. */
    static List<String> findingRows(Browser b) {
        @SuppressWarnings("unchecked")
        List<String> rows = (List<String>) b.js("return Array.from(document.querySelectorAll('tr.finding-row'))"
                + ".map(r => r.dataset.employee + ' ' + r.dataset.rule + ' ' + r.dataset.severity)");
        return rows;
    }

    /** Picks a value in a filter of the page's form and submits it. */
    static void filter(Browser b, Map<String, String> values) throws InterruptedException {
        String before = b.driver().getCurrentUrl();
        for (Map.Entry<String, String> e : values.entrySet()) {
            b.js("document.getElementById(arguments[0]).value = arguments[1]", e.getKey(), e.getValue());
        }
        b.find("form.filters button[type=submit]").click();
        b.await("the filtered page", () -> !b.driver().getCurrentUrl().equals(before));
    }

    /** GET with the browser's session cookie: the bytes of an export. */
    static HttpResponse<byte[]> download(Browser b, String href) throws Exception {
        String cookies = b.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static List<List<String>> sheet(byte[] xlsx, int index) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(index);
            DataFormatter format = new DataFormatter(java.util.Locale.US);
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(sheet.getSheetName()));
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(format.formatCellValue(cell));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    @Test
    void findingsFilterAndExportPayTotalsAuditShowsTheCorrectionAndTheEmployeesMonth(@TempDir Path dir) throws Exception {
        String base = "http://127.0.0.1:" + port;
        Path shots = SCREENSHOTS;
        try (Browser b = Browser.open(dir.resolve("profile"), "en-US")) {
            b.get(base + "/signin");
            b.find("#username").sendKeys(tenant + "-hr");
            b.find("#password").sendKeys(passwords.get("hr"));
            b.find("form.card button[type=submit]").click();
            b.await("This week", () -> b.driver().getCurrentUrl().contains("/week"));

            // Findings of March (the month of today), every team: five violations, one forecast.
            b.find(".top .pages a.nav-findings").click();
            b.await("Findings", () -> b.text("h1").equals("Findings"));
            assertThat(b.text(".findings-count")).isEqualTo("5 findings");
            assertThat(b.find("#from").getAttribute("value")).isEqualTo("2026-03-01");
            assertThat(b.find("#to").getAttribute("value")).isEqualTo("2026-03-31");
            assertThat(findingRows(b)).containsExactly("E001 KR-LSA-53-1 VIOLATION", "E006 KR-LSA-50-1 VIOLATION", "E006 KR-LSA-50-2 VIOLATION",
                    "E006 KR-LSA-50-2 VIOLATION", "E006 KR-LSA-50-2 VIOLATION");
            assertThat(b.text("tr.finding-row[data-rule='KR-LSA-53-1'] cite")).isEqualTo("Labor Standards Act Art. 53(1)");
            assertThat(b.text("tr.finding-row[data-rule='KR-LSA-50-1'] .message"))
                    .isEqualTo("Worked 42:00 h in the week from 2026-03-09; 2:00 h beyond 40:00 h fell on days no Art. 53 extended-work agreement covers.");
            for (String css : List.of("td", "cite", ".exports a", ".filters label", ".severity", ".basis", ".top .pages a")) {
                assertThat(b.lowestContrast(css)).as("contrast of %s", css).isGreaterThanOrEqualTo(4.5);
            }
            assertThat(b.fitsAPhone()).as("Findings at 390 px").isTrue();
            b.screenshot(shots.resolve("findings-en.png"));
            assertThat(Axe.violations(b)).as("axe-core WCAG 2.1 A/AA violations of %s", "findings-en").isEmpty();
            // The filters change the rows: a team, then a rule, a severity, a shorter period.
            filter(b, Map.of("team", "support"));
            assertThat(b.text(".findings-count")).isEqualTo("4 findings");
            filter(b, Map.of("rule", "KR-LSA-50-2"));
            assertThat(findingRows(b)).containsExactly("E006 KR-LSA-50-2 VIOLATION", "E006 KR-LSA-50-2 VIOLATION", "E006 KR-LSA-50-2 VIOLATION");
            filter(b, Map.of("from", "2026-03-10", "to", "2026-03-11"));
            assertThat(b.text(".findings-count")).isEqualTo("2 findings");
            assertThat(b.driver().getCurrentUrl()).endsWith("/findings?from=2026-03-10&to=2026-03-11&team=support&rule=KR-LSA-50-2&severity=");
            // The exports of these two rows: the CLI's CSV columns, and its workbook.
            String csvHref = b.find("#export-csv").getAttribute("href");
            assertThat(csvHref).isEqualTo(base + "/workplaces/" + WP + "/findings/export?format=csv&from=2026-03-10&to=2026-03-11&team=support"
                    + "&rule=KR-LSA-50-2&severity=");
            HttpResponse<byte[]> csv = download(b, csvHref);
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Disposition"))
                    .hasValue("attachment; filename=\"findings-" + WP + "-2026-03-10-2026-03-11.csv\"");
            String text = new String(csv.body(), StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFF");
            List<String> lines = text.substring(1).lines().toList();
            assertThat(lines).hasSize(3);
            assertThat(lines.get(0)).isEqualTo(String.join(",", org.worktime.io.write.CsvReportWriter.FINDING_COLUMNS));
            assertThat(lines.get(1)).startsWith("E006,Kang Taeyang,KR-LSA-50-2,VIOLATION,ACTUAL,2026-03-10,2026-03-11,14:00,h:mm,8:00,h:mm,"
                    + "Daily hours beyond 8 without an extended-work agreement,Worked 14:00 h on 2026-03-10 with no Art. 53 extended-work agreement on file.,"
                    + "Labor Standards Act,");
            assertThat(lines.get(2)).startsWith("E006,Kang Taeyang,KR-LSA-50-2,VIOLATION,ACTUAL,2026-03-11,2026-03-12,14:00,h:mm,8:00,h:mm,");
            HttpResponse<byte[]> xlsx = download(b, b.find("#export-xlsx").getAttribute("href"));
            assertThat(xlsx.statusCode()).isEqualTo(200);
            assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            List<List<String>> findings = sheet(xlsx.body(), 0);
            assertThat(findings).hasSize(4);
            assertThat(findings.get(0)).containsExactly("Findings");
            assertThat(findings.get(1).subList(0, 5)).containsExactly("Employee ID", "Employee", "Rule", "Severity", "Basis");
            assertThat(findings.get(2).subList(0, 5)).containsExactly("E006", "Kang Taeyang", "KR-LSA-50-2", "VIOLATION", "ACTUAL");
            assertThat(findings.get(3).subList(0, 5)).containsExactly("E006", "Kang Taeyang", "KR-LSA-50-2", "VIOLATION", "ACTUAL");
            assertThat(findings.get(3)).contains("Worked 14:00 h on 2026-03-11 with no Art. 53 extended-work agreement on file.");
            assertThat(sheet(xlsx.body(), 1)).as("a findings export has no pay lines").hasSize(2);
            // The same page in Japanese: its words, the engine's message, and the workbook's sheet and headers.
            b.find(".languages a[lang=ja]").click();
            b.await("Japanese", () -> b.text("h1").equals("判定結果"));
            assertThat(b.text(".findings-count")).isEqualTo("判定結果 2件");
            assertThat(b.text("label[for=rule]")).isEqualTo("ルール");
            List<List<String>> ja = sheet(download(b, b.find("#export-xlsx").getAttribute("href")).body(), 0);
            assertThat(ja.get(0)).containsExactly("指摘事項");
            assertThat(ja.get(1).get(0)).isEqualTo("従業員ID");
            assertThat(ja).hasSize(4);
            assertThat(b.fonts("h1")).as("fonts of the Japanese heading").containsKey("Noto Sans CJK JP");
            b.find(".languages a[lang=en]").click();
            b.await("English", () -> b.text("h1").equals("Findings"));
            filter(b, Map.of("severity", "WARNING"));
            assertThat(b.text(".findings-count")).isEqualTo("No findings");
            assertThat(b.driver().findElements(org.openqa.selenium.By.cssSelector("tr.finding-row"))).isEmpty();

            // Pay, in Korean: every line of March, then the night premiums alone, with their total in won.
            b.find(".languages a[lang=ko]").click();
            b.await("Korean", () -> b.find("html").getAttribute("lang").equals("ko"));
            b.get(base + "/workplaces/" + WP + "/pay");
            assertThat(b.text("h1")).isEqualTo("수당");
            assertThat(b.text(".pay-count")).isEqualTo("수당 내역 21건");
            assertThat(b.text("table.pay-table tfoot .total")).isEqualTo("₩1,276,792");
            assertThat(b.fitsAPhone()).as("Pay at 390 px").isTrue();
            b.screenshot(shots.resolve("pay-ko.png"));
            assertThat(Axe.violations(b)).as("axe-core WCAG 2.1 A/AA violations of %s", "pay-ko").isEmpty();
            filter(b, Map.of("kind", "NIGHT"));
            assertThat(b.text(".pay-count")).isEqualTo("수당 내역 4건");
            assertThat(b.text("table.pay-table tfoot .total")).isEqualTo("₩22,927");
            assertThat(b.text("tr.pay-row[data-employee=E003] td")).isEqualTo("야간근로");
            HttpResponse<byte[]> payCsv = download(b, b.find("#export-csv").getAttribute("href"));
            List<String> payLines = new String(payCsv.body(), StandardCharsets.UTF_8).substring(1).lines().toList();
            assertThat(payLines).hasSize(5);
            assertThat(payLines.get(0)).isEqualTo(String.join(",", org.worktime.io.write.CsvReportWriter.PAY_COLUMNS));
            assertThat(payLines.subList(1, 5)).allMatch(l -> l.contains(",NIGHT,PREMIUM,"));
            assertThat(payLines.get(1)).startsWith("E003,Park Seoyeon,KR-LSA-56-3,NIGHT,PREMIUM,2026-03-13,2026-03-14,2026-03-13,1:00,0.5,"
                    + "\"14,354.07\",\"7,177\",KRW,Labor Standards Act,Art. 56(3),\"미지급 시: 근로기준법 제109조제1항");
            assertThat(payLines.get(4)).startsWith("E006,Kang Taeyang,KR-LSA-56-3,NIGHT,PREMIUM,2026-03-11,2026-03-12,2026-03-11,1:00,0.5,"
                    + "\"10,500\",\"5,250\",KRW,");
            List<List<String>> paySheet = sheet(download(b, b.find("#export-xlsx").getAttribute("href")).body(), 0);
            assertThat(paySheet).hasSize(6);
            assertThat(paySheet.get(0)).containsExactly("지급 항목");
            assertThat(paySheet.get(1).subList(0, 6)).containsExactly("사번", "근로자", "규칙", "종류", "종류 코드", "구분");
            assertThat(paySheet.get(2).subList(0, 12)).containsExactly("E003", "Park Seoyeon", "KR-LSA-56-3", "야간근로", "NIGHT", "가산수당",
                    "2026-03-13", "2026-03-13", "1:00", "0.5", "14,354 KRW", "7,177 KRW");

            // Audit, in English: the chain verified, the correction with its reason, the filters.
            b.find(".languages a[lang=en]").click();
            b.await("English", () -> b.find("html").getAttribute("lang").equals("en"));
            b.find(".top .pages a.nav-audit").click();
            b.await("Audit", () -> b.text("h1").equals("Audit"));
            assertThat(b.text("#chain")).isEqualTo("Chain verified: 28 changes, every link intact.");
            assertThat(b.find("#chain").getAttribute("class")).isEqualTo("audit-chain intact");
            assertThat(b.text("#audit-28 .actor")).isEqualTo(tenant + "-hr");
            assertThat(b.text("#audit-28 .action")).isEqualTo("Corrected");
            assertThat(b.text("#audit-28 .change")).isEqualTo("Corrected shift " + correctedRecord);
            assertThat(b.text("#audit-28 .reason")).isEqualTo(REASON);
            assertThat(b.text("#audit-28 .time")).isEqualTo("Mar 12, 2026, 12:00\u202fPM");
            assertThat(b.text("#audit-28 .before")).contains("\"end\":\"2026-03-09T20:00:00+09:00\"");
            assertThat(b.text("#audit-28 .after")).contains("\"end\":\"2026-03-09T19:00:00+09:00\"");
            for (String css : List.of("td", "#chain", ".filters label", ".audit-json")) {
                assertThat(b.lowestContrast(css)).as("contrast of %s", css).isGreaterThanOrEqualTo(4.5);
            }
            assertThat(b.fitsAPhone()).as("Audit at 390 px").isTrue();
            b.screenshot(shots.resolve("audit-en.png"));
            assertThat(Axe.violations(b)).as("axe-core WCAG 2.1 A/AA violations of %s", "audit-en").isEmpty();
            filter(b, Map.of("entity", "shift"));
            assertThat(b.text(".audit-count")).isEqualTo("17 changes (of the latest 1,000)");
            filter(b, Map.of("entity", "", "actor", "admin"));
            assertThat(b.text(".audit-count")).isEqualTo("2 changes (of the latest 1,000)");
            filter(b, Map.of("actor", "", "from", "2026-03-13"));
            assertThat(b.text(".audit-count")).isEqualTo("No changes (of the latest 1,000)");

            // The employee's month, leave and corrections: Lee Junho's Monday is 9 h after the correction.
            b.get(base + "/workplaces/" + WP + "/employees/E002");
            assertThat(b.text(".month-total")).isEqualTo("Worked and planned this month: 39:00");
            assertThat(b.find("#chart-month rect[data-series=ordinary][data-day='2026-03-09']").getAttribute("data-seconds"))
                    .isEqualTo(Long.toString(8 * 3600));
            assertThat(b.find("#chart-month rect[data-series=overtime][data-day='2026-03-09']").getAttribute("data-seconds"))
                    .isEqualTo(Long.toString(3600));
            assertThat(b.driver().findElements(org.openqa.selenium.By.cssSelector("#chart-month rect[data-series=ordinary]"))).hasSize(4);
            assertThat(b.find("#chart-month-weeks rect[data-week='2026-03-09']").getAttribute("data-seconds")).isEqualTo(Long.toString(39 * 3600));
            assertThat(b.driver().findElements(org.openqa.selenium.By.cssSelector("#chart-month-weeks rect"))).hasSize(6);
            assertThat(b.find("#chart-month-weeks line.cap-line").getAttribute("data-seconds")).isEqualTo(Long.toString(52 * 3600));
            assertThat(b.text(".no-leave")).isEqualTo("No leave is recorded for this workplace.");
            assertThat(b.text("tr.correction th")).isEqualTo(correctedRecord + " version 2");
            assertThat(b.text("tr.correction .before")).isEqualTo("Mar 9, 2026, 9:00\u202fAM to Mar 9, 2026, 8:00\u202fPM");
            assertThat(b.text("tr.correction .after")).isEqualTo("Mar 9, 2026, 9:00\u202fAM to Mar 9, 2026, 7:00\u202fPM");
            assertThat(b.text("tr.correction .by")).isEqualTo(tenant + "-hr");
            assertThat(b.text("tr.correction .why")).isEqualTo(REASON);
            assertThat(b.fitsAPhone()).as("the employee page at 390 px").isTrue();
            b.screenshot(shots.resolve("employee-month-en.png"));
            assertThat(Axe.violations(b)).as("axe-core WCAG 2.1 A/AA violations of %s", "employee-month-en").isEmpty();

            // Leave through the API (the bundle's leave map, read by the same reader): a typo is refused with the
            // reader's message, a day of annual leave shows on the page, and the workplace now records leave.
            Http api = Http.api(port, tenant + "-hr", passwords.get("hr"));
            Http.Response typo = api.post("/api/v1/workplaces/" + WP + "/leave", Map.of("employee", "E002", "kind", "anual", "from", "2026-03-16"));
            assertThat(typo.status()).as(typo.toString()).isEqualTo(422);
            assertThat(typo.json().get("detail").asString()).isEqualTo("the leave record is not valid");
            assertThat(typo.json().get("problems").get(0).get("field").asString()).isEqualTo("kind");
            assertThat(typo.json().get("problems").get(0).get("message").asString()).contains("did you mean annual?");
            Http.Response leave = api.post("/api/v1/workplaces/" + WP + "/leave", Map.of("employee", "E002", "kind", "annual", "from", "2026-03-16"));
            assertThat(leave.status()).as(leave.toString()).isEqualTo(201);
            assertThat(api.get("/api/v1/workplaces/" + WP + "/leave").json().size()).isEqualTo(1);
            // Read as a fresh request (not the browser's reload of the page it shows), the section as the server wrote it.
            String page = pages("hr").get("/workplaces/" + WP + "/employees/E002").body();
            java.util.regex.Matcher section = java.util.regex.Pattern.compile("<section aria-labelledby=\"leave-title\">(.*?)</section>",
                    java.util.regex.Pattern.DOTALL).matcher(page);
            assertThat(section.find()).isTrue();
            assertThat(section.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip())
                    .isEqualTo("Leave this month Annual leave Mar 16, 2026");
            String other = pages("hr").get("/workplaces/" + WP + "/employees/E001").body();
            assertThat(other).contains("No leave this month.");
        }
    }
}
