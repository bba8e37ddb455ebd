package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --on-error quarantine on the Korean fixture export with five bad rows appended (a missing clock-out, a date in
 * another pattern, an unknown employee, an hour 24, an overlap): strict by default; with quarantine, the rows go to the
 * rejects file with file, line, field and reason, the rest is evaluated, the employees are named and marked, exit 6,
 * and the counts add up.
 */
class QuarantineTest {

    private static final Path FIXTURE = Path.of("..", "examples", "imports", "kr-hr");
    private static final int GOOD_ROWS = 39;

    @TempDir
    Path dir;
    Path export;
    Path rejects;

    @BeforeEach
    void dataset() throws Exception {
        Files.copy(FIXTURE.resolve("workplace.yaml"), dir.resolve("workplace.yaml"));
        Files.copy(FIXTURE.resolve("employees.csv"), dir.resolve("employees.csv"));
        export = dir.resolve("export.csv");
        rejects = dir.resolve("rejects.csv");
        String good = Files.readString(FIXTURE.resolve("근태기록.csv"), StandardCharsets.UTF_8);
        assertThat(good.lines().count()).isEqualTo(GOOD_ROWS + 1);
        Files.writeString(export, good + """
                E003,박서연,인프라팀,2026-03-16,9:00,,60,퇴근 누락
                E002,이준호,플랫폼팀,2026/03/16,9:30,18:30,60,
                E099,홍길동,영업팀,2026-03-16,9:00,18:00,60,
                E001,김민지,플랫폼팀,2026-03-02,10:00,11:00,0,중복
                E004,최도윤,인프라팀,2026-03-16,9:00,24:00,60,
                """, StandardCharsets.UTF_8);
    }

    private String[] args(String command, String... more) {
        List<String> all = new java.util.ArrayList<>(List.of(command, dir.toString(), "--profile", "kr-hr", "--shifts", export.toString()));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void strictByDefaultEveryBadRowNamedAndNothingEvaluated() {
        Cli.Result r = Cli.run(args("check"));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("""
                worktime check: cannot read the dataset:
                  %1$s:41: field '퇴근': missing value: no clock-out time
                  %1$s:42: field '근무일자': '2026/03/16' does not match the pattern yyyy-MM-dd
                  %1$s:43: field '사번': unknown employee E099 (not in employees.csv)
                  %1$s:45: field '퇴근': '24:00' is not a time of day (no hour 24: write 0:00, which the profile's overnight: next-day puts on the next day)
                """.formatted(export));
        assertThat(rejects).doesNotExist();
    }

    @Test
    void theSummaryAndTheRejectsSpeakTheRunsLanguage() throws Exception {
        Cli.Result r = Cli.run(args("check", "--on-error", "quarantine", "--rejects", rejects.toString(), "--format", "json", "--lang", "ja"));
        assertThat(r.exitCode()).isEqualTo(6);
        assertThat(r.err()).isEqualTo("worktime check: 勤務行 44 行を読取り、39 行を採用、5 行を除外 (" + rejects
                + " に出力)。不完全な記録: E001, E002, E003, E004, E099\n");
        assertThat(Files.readString(rejects)).isEqualTo("""
                file,line,field,employee,reason
                %1$s,41,퇴근,E003,値がありません: 退勤時刻がありません
                %1$s,42,근무일자,E002,'2026/03/16' はパターン yyyy-MM-dd に一致しません
                %1$s,43,사번,E099,不明な従業員 E099 です (employees.csvにありません)
                %1$s,44,,E001,E001 の勤務 2026-03-02T10:00～2026-03-02T11:00 が %1$s:2 の勤務 (2026-03-02T09:00～2026-03-02T18:00) と重なっています
                %1$s,45,퇴근,E004,'24:00' は時刻ではありません (24 時は存在しません: 0:00 と書けば、プロファイルの overnight: next-day が翌日として扱います)
                """.formatted(export));
        Progress.terminalOverride = true;
        try {
            String[] lines = Cli.run(args("check", "--on-error", "quarantine", "--rejects", rejects.toString(), "--format", "json",
                    "--lang", "ko")).err().split("\n");
            assertThat(lines[lines.length - 1].substring(lines[lines.length - 1].lastIndexOf('\r') + 1))
                    .matches("worktime check: 직원 8명, 위반 \\d+건, 경고 \\d+건 \\(읽기 \\d+\\.\\d초, 완료 \\d+\\.\\d초\\)");
        } finally {
            Progress.terminalOverride = null;
        }
    }

    @Test
    void quarantineWritesTheRejectsEvaluatesTheRestAndExitsSix() throws Exception {
        Cli.Result r = Cli.run(args("check", "--on-error", "quarantine", "--rejects", rejects.toString(), "--format", "json"));
        assertThat(r.exitCode()).isEqualTo(6);
        assertThat(r.err()).isEqualTo("worktime check: 44 shift rows read, 39 accepted, 5 rejected (written to " + rejects
                + "); incomplete records: E001, E002, E003, E004, E099\n");
        assertThat(Files.readString(rejects)).isEqualTo("""
                file,line,field,employee,reason
                %1$s,41,퇴근,E003,missing value: no clock-out time
                %1$s,42,근무일자,E002,'2026/03/16' does not match the pattern yyyy-MM-dd
                %1$s,43,사번,E099,unknown employee E099 (not in employees.csv)
                %1$s,44,,E001,the shift of E001 from 2026-03-02T10:00 to 2026-03-02T11:00 overlaps the shift at %1$s:2 (2026-03-02T09:00 to 2026-03-02T18:00)
                %1$s,45,퇴근,E004,"'24:00' is not a time of day (no hour 24: write 0:00, which the profile's overnight: next-day puts on the next day)"
                """.formatted(export));
        JsonNode json = new ObjectMapper().readTree(r.out());
        JsonNode incomplete = json.get("incompleteRecords");
        assertThat(incomplete.get("rowsRead").asLong()).isEqualTo(44);
        assertThat(incomplete.get("rowsAccepted").asLong()).isEqualTo(GOOD_ROWS);
        assertThat(incomplete.get("rowsRejected").asLong()).isEqualTo(5);
        assertThat(incomplete.get("rowsRead").asLong())
                .isEqualTo(incomplete.get("rowsAccepted").asLong() + incomplete.get("rowsRejected").asLong());
        assertThat(incomplete.get("rejectsFile").asText()).isEqualTo(rejects.toString());
        assertThat(incomplete.get("employees").toString()).isEqualTo("[\"E001\",\"E002\",\"E003\",\"E004\",\"E099\"]");
        StringBuilder marks = new StringBuilder();
        for (JsonNode e : json.get("employees")) {
            marks.append(e.get("id").asText()).append('=').append(e.get("onIncompleteRecords").asBoolean()).append(' ');
            for (JsonNode f : e.get("findings")) {
                assertThat(f.get("onIncompleteRecords").asBoolean()).isEqualTo(e.get("onIncompleteRecords").asBoolean());
            }
        }
        assertThat(marks.toString().trim()).isEqualTo("E001=true E002=true E003=true E004=true E005=false E006=false E007=false E008=false");
        // The rows accepted are exactly the fixture's: the report is the fixture's, apart from the marks.
        JsonNode clean = new ObjectMapper().readTree(Cli.run("check", FIXTURE.toString(), "--format", "json").out());
        assertThat(json.get("totals")).isEqualTo(clean.get("totals"));
    }

    @Test
    void textAndCsvMarkTheFindingsOfIncompleteEmployees() throws Exception {
        Cli.Result text = Cli.run(args("check", "--on-error", "quarantine", "--rejects", rejects.toString()));
        assertThat(text.exitCode()).isEqualTo(6);
        assertThat(text.out()).contains(
                "Records         INCOMPLETE: 44 rows read, 39 accepted, 5 rejected (" + rejects + ")\n"
                        + "Incomplete for  E001, E002, E003, E004, E099\n",
                "Employee E001 Kim Minji, worked 95:00 h  [on incomplete records]\n"
                        + "  VIOLATION (on incomplete records)  KR-LSA-53-1  2026-03-09 to 2026-03-15",
                "Employee E005 ");
        assertThat(text.out()).contains("\nEmployee E005 Jung Hayoon, worked 0:00 h\n");
        Cli.Result csv = Cli.run(args("check", "--on-error", "quarantine", "--rejects", rejects.toString(), "--format", "csv"));
        List<String> lines = csv.out().lines().toList();
        assertThat(lines.get(0)).endsWith(",penaltyNote,onIncompleteRecords");
        assertThat(lines.subList(1, lines.size())).allSatisfy(line ->
                assertThat(line).endsWith(line.startsWith("E001,") || line.startsWith("E004,") ? ",true" : ",false"));
        Cli.Result pay = Cli.run(args("pay", "--on-error", "quarantine", "--rejects", rejects.toString(), "--format", "csv"));
        assertThat(pay.exitCode()).isEqualTo(6);
        assertThat(pay.out().lines().findFirst().orElseThrow()).endsWith(",note,onIncompleteRecords");
    }

    @Test
    void watchAndExemptSayTheyRestOnIncompleteRecordsAndExitSix() throws Exception {
        Cli.Result watch = Cli.run(args("watch", "--as-of", "2026-03-11T09:00", "--on-error", "quarantine", "--rejects", rejects.toString(),
                "--format", "json"));
        assertThat(watch.exitCode()).isEqualTo(6);
        JsonNode incomplete = new ObjectMapper().readTree(watch.out()).get("incompleteRecords");
        assertThat(incomplete.get("rowsRejected").asInt()).isEqualTo(5);
        assertThat(incomplete.get("employees").toString()).isEqualTo("[\"E001\",\"E002\",\"E003\",\"E004\",\"E099\"]");
        Cli.Result text = Cli.run(args("watch", "--as-of", "2026-03-11T09:00", "--on-error", "quarantine", "--rejects", rejects.toString()));
        assertThat(text.out()).contains("Records         INCOMPLETE: 44 rows read, 39 accepted, 5 rejected (" + rejects + ")\n");
        Cli.Result exempt = Cli.run(args("exempt", "--on", "2026-03-11", "--on-error", "quarantine", "--rejects", rejects.toString()));
        assertThat(exempt.exitCode()).isEqualTo(6);
    }

    @Test
    void watchAndExemptMarkEachEmployeeOnIncompleteRecordsInTextAndJson() throws Exception {
        Cli.Result watch = Cli.run(args("watch", "--as-of", "2026-03-11T09:00", "--on-error", "quarantine", "--rejects", rejects.toString(),
                "--format", "json"));
        JsonNode employees = new ObjectMapper().readTree(watch.out()).get("employees");
        java.util.Map<String, Boolean> marks = new java.util.TreeMap<>();
        employees.forEach(e -> marks.put(e.get("id").asText(), e.get("onIncompleteRecords").asBoolean()));
        assertThat(marks).containsEntry("E001", true).containsEntry("E004", true).containsValue(false);
        Cli.Result watchText = Cli.run(args("watch", "--as-of", "2026-03-11T09:00", "--on-error", "quarantine", "--rejects",
                rejects.toString()));
        assertThat(watchText.out()).contains("[on incomplete records]");
        assertThat(watchText.exitCode()).isEqualTo(6);

        Cli.Result exempt = Cli.run(args("exempt", "--on", "2026-03-11", "--on-error", "quarantine", "--rejects", rejects.toString(),
                "--format", "json"));
        assertThat(exempt.exitCode()).isEqualTo(6);
        JsonNode report = new ObjectMapper().readTree(exempt.out());
        assertThat(report.get("incompleteRecords").get("rowsRejected").asInt()).isEqualTo(5);
        java.util.Map<String, Boolean> exemptMarks = new java.util.TreeMap<>();
        report.get("employees").forEach(e -> exemptMarks.put(e.get("id").asText(), e.get("onIncompleteRecords").asBoolean()));
        assertThat(exemptMarks).containsEntry("E001", true).containsEntry("E004", true).containsValue(false);
        Cli.Result exemptText = Cli.run(args("exempt", "--on", "2026-03-11", "--on-error", "quarantine", "--rejects", rejects.toString()));
        assertThat(exemptText.out()).contains("Records         INCOMPLETE: 44 rows read, 39 accepted, 5 rejected (" + rejects + ")\n")
                .contains("[on incomplete records]");
        assertThat(exemptText.exitCode()).isEqualTo(6);
    }

    @Test
    void aCleanExportUnderQuarantineExitsWithTheVerdictAndAnEmptyRejectsFile() throws Exception {
        Cli.Result r = Cli.run("check", FIXTURE.toString(), "--profile", "kr-hr", "--shifts", FIXTURE.resolve("근태기록.csv").toString(),
                "--on-error", "quarantine", "--rejects", rejects.toString(), "--format", "json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("worktime check: 39 shift rows read, 39 accepted, 0 rejected\n");
        assertThat(Files.readString(rejects)).isEqualTo("file,line,field,employee,reason\n");
    }

    @Test
    void importUnderQuarantineWritesTheGoodRowsAndExitsSix() throws Exception {
        Path out = dir.resolve("converted");
        Cli.Result r = Cli.run("import", "--profile", "kr-hr", export.toString(), "--out", out.toString(), "--on-error", "quarantine",
                "--rejects", rejects.toString(), "--zone", "Asia/Seoul");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(6);
        // Without an employees file the unknown id cannot be told: E099's row is kept; the other four are rejected.
        assertThat(r.err()).startsWith("worktime import: 40 shifts of 5 employees written to " + out.resolve("shifts.csv")
                + "; 44 rows read, 40 accepted, 4 rejected (written to " + rejects + ")");
        assertThat(Files.readAllLines(out.resolve("shifts.csv"))).hasSize(41);
        assertThat(Files.readAllLines(rejects)).hasSize(5);
    }
}
