package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each built-in profile on its fixture (examples/imports/PROFILE): the export read through the profile gives the same
 * report, byte for byte, as the same shifts written in the native shifts.csv beside it, in every format, for check and
 * pay; and {@code worktime import} writes a shifts.csv that reads back to the same report.
 */
class ImportProfilesTest {

    private static final Path IMPORTS = Path.of("..", "examples", "imports");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "kr-hr,         근태기록.csv,      1, 8, 3,  11, 1196443",
        "jp-attendance, 勤怠データ.csv,    0, 3, 0,  3,  154000",
        "us-timeclock,  timeclock.csv,   0, 5, 0,  16, 549.00",
        "punches,       punches.csv,     1, 8, 10, 15, 384570"})
    void theExportThroughItsProfileReportsExactlyAsTheNativeShifts(String profile, String export, int checkExit, int employees,
            int violations, int payLines, String owed) throws Exception {
        String dataset = IMPORTS.resolve(profile).toString();
        String file = IMPORTS.resolve(profile).resolve(export).toString();
        Cli.Result nativeJson = Cli.run("check", dataset, "--format", "json");
        JsonNode totals = new ObjectMapper().readTree(nativeJson.out()).get("totals");
        assertThat(totals.get("employees").asInt()).isEqualTo(employees);
        assertThat(totals.get("violations").asInt()).isEqualTo(violations);
        assertThat(totals.get("payLines").asInt()).isEqualTo(payLines);
        assertThat(totals.at("/owed/0/amount").asText()).isEqualTo(owed);
        for (String command : new String[] {"check", "pay"}) {
            for (String format : new String[] {"text", "json", "csv"}) {
                Cli.Result expected = Cli.run(command, dataset, "--format", format);
                Cli.Result actual = Cli.run(command, dataset, "--profile", profile, "--shifts", file, "--format", format);
                assertThat(actual.err()).isEmpty();
                assertThat(actual.exitCode()).isEqualTo(expected.exitCode()).isEqualTo(command.equals("check") ? checkExit : 0);
                assertThat(actual.out()).as(command + " " + format).isEqualTo(expected.out());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"kr-hr, 근태기록.csv, 2026-03-11T09:00", "jp-attendance, 勤怠データ.csv, 2026-04-08T09:00",
        "us-timeclock, timeclock.csv, 2026-03-11T09:00", "punches, punches.csv, 2026-03-11T09:00"})
    void watchThroughTheProfileIsTheWatchOfTheNativeShifts(String profile, String export, String asOf) {
        String dataset = IMPORTS.resolve(profile).toString();
        Cli.Result expected = Cli.run("watch", dataset, "--as-of", asOf, "--format", "json");
        Cli.Result actual = Cli.run("watch", dataset, "--as-of", asOf, "--profile", profile, "--shifts",
                IMPORTS.resolve(profile).resolve(export).toString(), "--format", "json");
        assertThat(actual.exitCode()).isEqualTo(expected.exitCode());
        assertThat(actual.out()).isEqualTo(expected.out()).contains("\"employees\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"kr-hr, 근태기록.csv, 39", "jp-attendance, 勤怠データ.csv, 30", "us-timeclock, timeclock.csv, 61", "punches, punches.csv, 15"})
    void importWritesAShiftsFileThatReadsBackToTheSameReport(String profile, String export, int shifts, @TempDir Path dir) throws Exception {
        Path source = IMPORTS.resolve(profile);
        Path out = dir.resolve("dataset");
        Files.createDirectories(out);
        Files.copy(source.resolve("workplace.yaml"), out.resolve("workplace.yaml"));
        Files.copy(source.resolve("employees.csv"), out.resolve("employees.csv"));
        Cli.Result r = Cli.run("import", "--profile", profile, source.resolve(export).toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).startsWith("worktime import: " + shifts + " shifts of ");
        assertThat(Files.readAllLines(out.resolve("shifts.csv"), StandardCharsets.UTF_8)).hasSize(shifts + 1).first().isEqualTo("employee,start,end,breaks");
        assertThat(Cli.run("check", out.toString(), "--format", "json").out()).isEqualTo(Cli.run("check", source.toString(), "--format", "json").out());
        Cli.Result again = Cli.run("import", "--profile", profile, source.resolve(export).toString(), "--out", out.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("worktime import: " + out.resolve("shifts.csv") + " exists: give --force to replace it, or another --out folder\n");
    }

    @org.junit.jupiter.api.Test
    void aProfileFileOfYourOwnIsReadStrictlyAndAnUnknownNameIsNamed(@TempDir Path dir) throws Exception {
        Path profile = dir.resolve("acme.yaml");
        Files.writeString(profile, """
                name: acme
                columns: {employee: 사번, date: 근무일자, start: 출근, end: 퇴근}
                patterns: {date: yyyy-MM-dd, time: H:mm}
                overnite: next-day
                """, StandardCharsets.UTF_8);
        Cli.Result bad = Cli.run("check", IMPORTS.resolve("kr-hr").toString(), "--profile", profile.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("worktime check: cannot read the dataset:\n"
                + "  " + profile + ":4: field 'overnite': unknown key (known keys: name, description, kind, zone,"
                + " encoding, columns, ignore, patterns, overnight, breaks, directions)\n"
                + "  " + profile + ":1: field 'overnight': missing required key\n");
        Files.writeString(profile, """
                name: acme
                columns: {employee: 사번, date: 근무일자, start: 출근, end: 퇴근}
                ignore: [성명, 부서, 휴게, 비고]
                patterns: {date: yyyy-MM-dd, time: H:mm}
                overnight: next-day
                """, StandardCharsets.UTF_8);
        Cli.Result good = Cli.run("check", IMPORTS.resolve("kr-hr").toString(), "--profile", profile.toString(), "--shifts",
                IMPORTS.resolve("kr-hr").resolve("근태기록.csv").toString(), "--format", "json");
        assertThat(good.exitCode()).as(good.err()).isEqualTo(1);
        // The breaks ignored: each of the 39 shifts (all of 4 h or more) is found short of its break by the Korean break rule.
        assertThat(good.out().split("\"ruleId\":\"KR-LSA-54-1\"", -1)).hasSize(39 + 1);
        Cli.Result unknown = Cli.run("check", IMPORTS.resolve("kr-hr").toString(), "--profile", "kr-hrr");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("worktime check: cannot read the dataset:\n  kr-hrr: no such profile: neither a built-in profile"
                + " (kr-hr, jp-attendance, us-timeclock, punches) nor a profile file\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"kr-hr, 근태기록.csv, 2026-03-05T22:00+09:00, 2026-03-06T07:00+09:00, 2026-03-06T02:00+09:00/2026-03-06T03:00+09:00"})
    void withoutAWorkplaceTheShiftsAreWrittenWithTheirOffset(String profile, String export, String start, String end, String breaks,
            @TempDir Path dir) throws Exception {
        Cli.Result r = Cli.run("import", "--profile", profile, IMPORTS.resolve(profile).resolve(export).toString(), "--out", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).endsWith("; add workplace.yaml and employees.csv to " + dir + " to evaluate it (docs/FORMATS.md)\n");
        assertThat(Files.readAllLines(dir.resolve("shifts.csv"))).contains("E003," + start + "," + end + "," + breaks);
    }
}
