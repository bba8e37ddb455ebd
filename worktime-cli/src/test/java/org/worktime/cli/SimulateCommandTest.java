package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code worktime simulate} on a four-person week written to files, whose totals are worked out by hand in
 * worktime-policy's SimulationTest: A and C exempt, 1 violation made lawful, KRW 1,500,000 of premium no longer owed.
 */
class SimulateCommandTest {

    @TempDir
    Path dir;
    Path workforce;
    Path policy;

    @BeforeEach
    void files() throws Exception {
        workforce = Files.createDirectory(dir.resolve("team"));
        Files.writeString(workforce.resolve("workplace.yaml"), """
                id: lab
                name: Lab
                jurisdiction: KR
                zone: Asia/Seoul
                weekStart: MONDAY
                publicSector: false
                headcount:
                  - {from: 2020-01-01, count: 150}
                calendar:
                  weeklyHoliday: SUNDAY
                  daysOff: [SATURDAY]
                agreements:
                  - {kind: KR-LSA-53-1, from: 2026-01-01, to: 2026-12-31}
                attributes: {industry: M70}
                """, StandardCharsets.UTF_8);
        Files.writeString(workforce.resolve("employees.csv"), """
                id,name,hire_date,wage_type,wage_amount,currency,monthly_hours,attr.jobFamily
                A,A,2020-01-01,monthly,10450000,KRW,209,research
                B,B,2020-01-01,monthly,6270000,KRW,209,engineering
                C,C,2020-01-01,monthly,10450000,KRW,209,research
                D,D,2020-01-01,monthly,10450000,KRW,209,operations
                """, StandardCharsets.UTF_8);
        StringBuilder shifts = new StringBuilder("employee,start,end,breaks\n");
        for (int d = 9; d <= 13; d++) {
            String day = "2026-03-" + (d < 10 ? "0" + d : d);
            shifts.append("A,").append(day).append("T09:00,").append(day).append("T21:00,12:00-13:00\n");
            shifts.append("B,").append(day).append("T09:00,").append(day).append("T21:00,12:00-13:00\n");
            shifts.append("C,").append(day).append("T09:00,").append(day).append("T19:00,12:00-13:00\n");
            shifts.append("D,").append(day).append("T09:00,").append(day).append("T18:00,12:00-13:00\n");
        }
        Files.writeString(workforce.resolve("shifts.csv"), shifts, StandardCharsets.UTF_8);
        policy = dir.resolve("policy.yaml");
        Files.writeString(policy, """
                id: TEST-HIGH-INCOME
                name: Test
                effective: {from: 2026-01-01}
                citation: {law: test, article: none}
                currency: KRW
                lifts: [KR-LSA-50, KR-LSA-53, KR-LSA-56-1, KR-LSA-56-2]
                salary:
                  threshold: {amount: 100000000, currency: KRW}
                  bonusesCount: true
                coverage: {jobFamilies: [research, engineering]}
                health: {weeklyCap: 54h, doctorInterviewAbove: 10h}
                """, StandardCharsets.UTF_8);
    }

    @Test
    void onATerminalOneRedrawnProgressLineThenAFinalLineOfCountsAndTime() {
        Progress.terminalOverride = true;
        try {
            Cli.Result r = Cli.run("simulate", workforce.toString(), "--policy", policy.toString(), "--sweep", "70M:130M:30M", "--to",
                    "2026-03-15");
            assertThat(r.exitCode()).as(r.err()).isZero();
            String[] lines = r.err().split("\n", -1);
            assertThat(lines).hasSize(2);
            assertThat(lines[1]).isEmpty();
            // Everything before the final line was redrawn in place with carriage returns, never a line of its own.
            String last = lines[0].substring(lines[0].lastIndexOf('\r') + 1);
            assertThat(last).matches("simulate: 4 employees, 1 policies, 3 sweep points; read in \\d+\\.\\d s, done in \\d+\\.\\d s");
            assertThat(lines[0]).contains("simulate: sweep TEST-HIGH-INCOME [##############################] 3/3");
            Cli.Result quiet = Cli.run("simulate", workforce.toString(), "--policy", policy.toString(), "--to", "2026-03-15", "--quiet");
            assertThat(quiet.err()).isEmpty();
        } finally {
            Progress.terminalOverride = null;
        }
    }

    @Test
    void jsonWithTheHandCheckedTotalsAndNoProgressInAPipe() throws Exception {
        Cli.Result r = Cli.run("simulate", workforce.toString(), "--policy", policy.toString(), "--sweep", "70M:130M:30M", "--to",
                "2026-03-15");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.at("/from").asText()).isEqualTo("2026-03-09");
        assertThat(json.at("/to").asText()).isEqualTo("2026-03-15");
        assertThat(json.at("/currentLaw/violations").asLong()).isEqualTo(2);
        assertThat(json.at("/currentLaw/premiumOwed/amount").asText()).isEqualTo("2175000");
        assertThat(json.at("/policies/0/exempt").asLong()).isEqualTo(2);
        assertThat(json.at("/policies/0/violationsLawful").asLong()).isEqualTo(1);
        assertThat(json.at("/policies/0/premiumNoLongerOwed/amount").asText()).isEqualTo("1500000");
        assertThat(json.at("/policies/0/doctorInterviews").asLong()).isEqualTo(1);
        assertThat(json.at("/policies/0/sweep/0/exempt").asLong()).isEqualTo(3);
        assertThat(json.at("/policies/0/sweep/2/exempt").asLong()).isZero();
        // Not a terminal: no progress lines at all (they were 70 lines for a 6-second run); ProgressTest shows the bar.
        assertThat(r.err()).isEmpty();
    }

    @Test
    void theDefaultPeriodRunsFromTheFirstToTheLastShift() throws Exception {
        // Monday to Friday only: the monthly allowance of 40 h a week is then 40 x 5 / 7 h, so C's 45 h (16 h 26 min
        // beyond it, above the 10 h trigger) also owes a doctor interview.
        Cli.Result r = Cli.run("simulate", workforce.toString(), "--policy", policy.toString(), "--quiet");
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.at("/to").asText()).isEqualTo("2026-03-13");
        assertThat(json.at("/policies/0/doctorInterviews").asLong()).isEqualTo(2);
        assertThat(json.at("/policies/0/premiumNoLongerOwed/amount").asText()).isEqualTo("1500000");
    }

    @Test
    void theBundledAiLabGivesTheNumbersOfSimulationMd() throws Exception {
        Path policies = Path.of("..", "examples", "policies");
        Cli.Result r = Cli.run("simulate", Path.of("..", "examples", "ai-lab").toString(), "--quiet",
                "--policy", policies.resolve("kr-high-income-white-collar.yaml").toString(),
                "--policy", policies.resolve("kr-adopts-us-rule.yaml").toString(),
                "--policy", policies.resolve("kr-adopts-japan-rule.yaml").toString(),
                "--policy", policies.resolve("kr-semiconductor-rd.yaml").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.at("/employees").asLong()).isEqualTo(150);
        assertThat(json.at("/currentLaw/violations").asLong()).isEqualTo(742);
        assertThat(json.at("/currentLaw/premiumOwed/amount").asText()).isEqualTo("1246647299");
        long[] exempt = new long[4];
        String[] premium = new String[4];
        for (int i = 0; i < 4; i++) {
            exempt[i] = json.at("/policies/" + i + "/exempt").asLong();
            premium[i] = json.at("/policies/" + i + "/premiumNoLongerOwed/amount").asText();
        }
        assertThat(exempt).containsExactly(38, 12, 12, 0);
        assertThat(premium).containsExactly("499099359", "226734492", "194147684", "0");
    }

    @Test
    void htmlAndCsvToAFile() throws Exception {
        Path html = dir.resolve("report.html");
        Cli.Result r = Cli.run("simulate", workforce.toString(), "--policy", policy.toString(), "--format", "html", "--output", html.toString(), "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(Files.readString(html)).contains("<svg class=\"chart\" id=\"hours-before\"", "1,500,000 KRW");
        Cli.Result csv = Cli.run("simulate", workforce.toString(), "--policy", policy.toString(), "--format", "csv", "--quiet");
        assertThat(csv.out().lines()).contains("TEST-HIGH-INCOME,summary,,premium_no_longer_owed_krw,1500000");
    }

    @Test
    void aStatedRateConvertsAThresholdInDollars() throws Exception {
        Files.writeString(policy, Files.readString(policy).replace("{amount: 100000000, currency: KRW}", "{amount: 80000, currency: USD}"));
        // USD 80,000 x 1,300 = KRW 104,000,000: A and C (125.4 M) exempt
        Cli.Result r = Cli.run("simulate", workforce.toString(), "--policy", policy.toString(), "--rate", "USD/KRW=1300@2026-03-13", "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.at("/policies/0/exempt").asLong()).isEqualTo(2);
        assertThat(json.at("/policies/0/threshold").asText()).isEqualTo("KRW 104000000");
        // without a rate nobody can be decided
        Cli.Result none = Cli.run("simulate", workforce.toString(), "--policy", policy.toString(), "--quiet");
        assertThat(new ObjectMapper().readTree(none.out()).at("/policies/0/indeterminate").asLong()).isEqualTo(3);
    }

    @Test
    void aBadPolicyFileNamesFileLineAndField() throws Exception {
        Files.writeString(policy, Files.readString(policy).replace("KR-LSA-53,", "KR-LSA-99,").replace("bonusesCount: true", "bonusesCount: yes"));
        Cli.Result r = Cli.run("simulate", workforce.toString(), "--policy", policy.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("simulate: cannot read the policy file:", policy + ":6: field 'lifts[1]': KR-LSA-99 names no rule of the pack",
                policy + ":9: field 'salary.bonusesCount': yes is not true or false").doesNotContain("Exception", "\tat ");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(Cli.run("simulate", workforce.toString()).exitCode()).isEqualTo(2);
        Cli.Result rate = Cli.run("simulate", workforce.toString(), "--policy", policy.toString(), "--rate", "USD-KRW=1300");
        assertThat(rate.exitCode()).isEqualTo(2);
        assertThat(rate.err()).contains("'USD-KRW=1300' is not FROM/TO=RATE@DATE");
        Cli.Result sweep = Cli.run("simulate", workforce.toString(), "--policy", policy.toString(), "--sweep", "200M:100M:10M");
        assertThat(sweep.exitCode()).isEqualTo(2);
        Cli.Result format = Cli.run("simulate", workforce.toString(), "--policy", policy.toString(), "--format", "text");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("'text' is not a simulate format");
        Cli.Result missing = Cli.run("simulate", dir.resolve("nowhere").toString(), "--policy", policy.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("simulate: cannot read the dataset:");
    }

    @Test
    void aWorkbookForASpreadsheetInTheChosenLanguage() throws Exception {
        Path xlsx = dir.resolve("simulation.xlsx");
        Cli.Result r = Cli.run("simulate", workforce.toString(), "--policy", policy.toString(), "--format", "xlsx", "--output",
                xlsx.toString(), "--lang", "ko", "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(java.util.stream.IntStream.range(0, book.getNumberOfSheets()).mapToObj(book::getSheetName))
                    .containsExactly("요약", "집단별", "주간 근로시간", "기준액 변화", "근로자별");
            org.apache.poi.ss.usermodel.Sheet summary = book.getSheet("요약");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("정책");
            assertThat(summary.getRow(0).getCell(10).getStringCellValue()).isEqualTo("지급 의무가 없어지는 가산수당");
            assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("CURRENT-LAW");
            assertThat(summary.getRow(1).getCell(1).getStringCellValue()).isEqualTo("현행법");
            assertThat(summary.getRow(2).getCell(0).getStringCellValue()).isEqualTo("TEST-HIGH-INCOME");
            assertThat(summary.getRow(2).getCell(10).getNumericCellValue()).isEqualTo(1_500_000.0);
            assertThat(summary.getRow(2).getCell(10).getCellStyle().getDataFormatString()).contains("KRW");
        }
        Cli.Result toScreen = Cli.run("simulate", workforce.toString(), "--policy", policy.toString(), "--format", "xlsx", "--quiet");
        assertThat(toScreen.exitCode()).isEqualTo(2);
        assertThat(toScreen.err()).contains("--output FILE.xlsx");
        Cli.Result csv = Cli.run("simulate", workforce.toString(), "--policy", policy.toString(), "--format", "csv", "--bom", "--quiet");
        assertThat(csv.out()).startsWith("\uFEFFpolicy,table,row,column,value");
    }
}
