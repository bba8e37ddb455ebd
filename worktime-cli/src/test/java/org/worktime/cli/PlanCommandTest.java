package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code worktime plan} end to end on a two-person team written to files: one week, 100 h, Saturdays free and days
 * of at most 10 h, so the only plan is Monday to Friday at 10 h (worked out in worktime-plan's PlannerTest).
 */
class PlanCommandTest {

    @TempDir
    Path dir;
    Path team;
    Path project;

    @BeforeEach
    void files() throws Exception {
        team = Files.createDirectory(dir.resolve("team"));
        Files.writeString(team.resolve("workplace.yaml"), """
                id: lab
                name: Lab
                jurisdiction: KR
                zone: Asia/Seoul
                headcount:
                  - {from: 2020-01-01, count: 120}
                calendar: {weeklyHoliday: SUNDAY, daysOff: [SATURDAY]}
                """, StandardCharsets.UTF_8);
        Files.writeString(team.resolve("employees.csv"), """
                id,name,birth_date,hire_date,wage_type,wage_amount,currency,monthly_hours
                A,A,1990-01-01,2020-01-01,monthly,3000000,KRW,209
                B,B,1990-01-01,2020-01-01,monthly,3000000,KRW,209
                """, StandardCharsets.UTF_8);
        project = dir.resolve("project.yaml");
        Files.writeString(project, """
                id: week
                window: {from: 2026-03-09, to: 2026-03-15}
                plannedOn: 2026-03-02
                team: {}
                work: {total: 100h}
                preferences: {longestDay: 10h, freeDays: [SATURDAY]}
                options: [kr-ordinary, kr-flexible-3m]
                """, StandardCharsets.UTF_8);
    }

    @Test
    void plansPrintsJsonAndWritesTheShiftsOfEachOption() throws Exception {
        Path shifts = Files.createDirectory(dir.resolve("shifts"));
        Cli.Result r = Cli.run("plan", team.toString(), "--project", project.toString(), "--option", "kr-ordinary", "--format", "json",
                "--shifts", shifts.toString(), "--steps", "300");
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isEqualTo(ExitCodes.CLEAN);
        assertThat(r.out()).contains("\"schema\": \"worktime-plan/1\"", "\"id\": \"kr-ordinary\"", "\"fits\": true", "\"plannedMinutes\": 6000",
                "\"violations\": 0").doesNotContain("kr-flexible-3m");
        String csv = Files.readString(shifts.resolve("kr-ordinary.shifts.csv"), StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(11).first().isEqualTo("employee,start,end,breaks,origin,notified_on");
        assertThat(csv).contains("B,2026-03-13T09:00,2026-03-13T20:00,14:00-15:00,PLANNED,2026-03-02");
    }

    @Test
    void htmlAndKoreanText() throws Exception {
        Path html = dir.resolve("plan.html");
        Cli.Result r = Cli.run("plan", team.toString(), "--project", project.toString(), "--format", "html", "--output", html.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.CLEAN);
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>").contains("id=\"gantt-kr-flexible-3m\"");
        Cli.Result ko = Cli.run("plan", team.toString(), "--project", project.toString(), "--lang", "ko");
        assertThat(ko.exitCode()).isEqualTo(ExitCodes.CLEAN);
        assertThat(ko.out()).contains("계획 week: Lab (KR), 2026-03-09 ~ 2026-03-15 (1주), 계획일 2026-03-02");
    }

    @Test
    void aMistakeInTheProjectFileIsBadInputWithItsLine() throws Exception {
        Files.writeString(project, """
                id: week
                window: {from: 2026-03-09, to: 2026-03-15}
                plannedOn: 2026-03-02
                team: {ids: [B, AA]}
                work: {total: 100h}
                """, StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("plan", team.toString(), "--project", project.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).isEqualTo("worktime plan: cannot read the input:\n  " + project + ":4: field 'team.ids[1]': AA is not an employee of the dataset; did you mean A?\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aPolicyFileIsAnOptionAndABadOneIsBadInputNamingItsLineAndField() throws Exception {
        Path policy = dir.resolve("sixty.yaml");
        String sixty = """
                id: KR-TEST-60H
                name: {en: A 60-hour week}
                effective: {from: 2026-01-01}
                citation: {law: Labor Standards Act (proposed amendment), article: test, source: https://example.invalid}
                currency: KRW
                lifts: [KR-LSA-50, KR-LSA-53]
                health: {weeklyCap: 60h}
                """;
        Files.writeString(policy, sixty, StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("plan", team.toString(), "--project", project.toString(), "--option", "kr-ordinary", "--policy", policy.toString(),
                "--format", "json", "--steps", "300");
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isEqualTo(ExitCodes.CLEAN);
        assertThat(r.out()).contains("\"id\": \"kr-ordinary\"", "\"id\": \"policy:KR-TEST-60H\"", "\"title\": \"Policy file: A 60-hour week");
        Files.writeString(policy, sixty.replace("KR-LSA-53]", "KR-NOPE]"), StandardCharsets.UTF_8);
        Cli.Result bad = Cli.run("plan", team.toString(), "--project", project.toString(), "--policy", policy.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).startsWith("worktime plan: cannot read the policy file:\n  " + policy + ":6: field 'lifts[1]': ");
        assertThat(bad.out()).isEmpty();
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Cli.Result r = Cli.run("plan", team.toString(), "--project", project.toString(), "--option", "kr-flexible-9m");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("'kr-flexible-9m' is not an option: use kr-ordinary, kr-flexible-2w");
    }

    @Test
    void aFullDiskKeepsThePreviousReportAndExitsFourAsEveryCommandDoes() throws Exception {
        Path report = Files.writeString(dir.resolve("plan.json"), "the previous plan\n");
        OutputFile full = new OutputFile(file -> {
            throw new java.nio.file.FileSystemException(file.toString(), null, "No space left on device");
        });

        Cli.Result r = Cli.run(new picocli.CommandLine(new WorktimeCommand(full)), "plan", team.toString(), "--project",
                project.toString(), "--option", "kr-ordinary", "--steps", "300", "--format", "json", "--output", report.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.IO_FAILURE);
        assertThat(r.err()).isEqualTo("worktime plan: cannot write " + report + ": No space left on device; the previous file is left"
                + " as it was\n");
        assertThat(Files.readString(report)).isEqualTo("the previous plan\n");
    }
}
