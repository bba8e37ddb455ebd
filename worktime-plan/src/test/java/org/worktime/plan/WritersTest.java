package org.worktime.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Shift;
import org.worktime.core.engine.Engine;
import org.worktime.core.engine.Evaluation;
import org.worktime.core.finding.Severity;
import org.worktime.core.rule.Packs;
import org.worktime.io.read.DatasetReader;
import org.worktime.core.i18n.Language;
import org.worktime.plan.out.PlanJsonWriter;
import org.worktime.plan.out.PlanTextWriter;
import org.worktime.plan.out.PlannedShiftsCsvWriter;

/** The writers on the one-week fixture of {@link PlannerTest}: two people, Monday to Friday at 10 h. */
class WritersTest {

    @TempDir
    Path dir;
    Path folder;
    PlanResult result;

    static PlanResult oneWeek(Path dir, Path folder) throws Exception {
        Dataset dataset = TeamFixture.read(folder);
        Project project = ProjectFileReader.read(TeamFixture.project(dir, """
                id: week
                window: {from: 2026-03-09, to: 2026-03-15}
                plannedOn: 2026-03-02
                team: {where: {jobFamily: research}}
                work: {total: 100h}
                preferences: {longestDay: 10h, freeDays: [SATURDAY]}
                options: [kr-ordinary, kr-flexible-3m]
                """), dataset);
        return Planner.plan(dataset, project, new PlanSettings(7, 400, null));
    }

    @BeforeEach
    void plan() throws Exception {
        folder = TeamFixture.write(dir);
        result = oneWeek(dir, folder);
    }

    @Test
    void theShiftsCsvIsReadBackAsThePlanAndTheEngineFindsNoViolation() throws Exception {
        OptionPlan ordinary = result.options().get(0);
        StringWriter csv = new StringWriter();
        PlannedShiftsCsvWriter.write(ordinary.shifts(), result.workplace().zone(), csv);
        assertThat(csv.toString()).startsWith("""
                employee,start,end,breaks,origin,notified_on
                A,2026-03-09T09:00,2026-03-09T20:00,14:00-15:00,PLANNED,2026-03-02
                """);
        // Appended to the dataset's own shifts, with the option's agreement in the workplace file: what check --as-of reads.
        Path copy = Files.createDirectory(dir.resolve("with-plan"));
        Files.writeString(copy.resolve("workplace.yaml"), TeamFixture.WORKPLACE + "agreements:\n  - {kind: KR-LSA-53-1, from: 2026-03-09, to: 2026-03-15}\n",
                StandardCharsets.UTF_8);
        Files.copy(folder.resolve("employees.csv"), copy.resolve("employees.csv"));
        String recorded = Files.readString(folder.resolve("shifts.csv"), StandardCharsets.UTF_8);
        String planned = csv.toString().substring(csv.toString().indexOf('\n') + 1).replaceAll("(?m)^([^,]*),([^,]*),([^,]*),([^,]*),([^,]*),(.*)$",
                "$1,$2,$3,$4,$5,,$6,");
        Files.writeString(copy.resolve("shifts.csv"), "employee,start,end,breaks,origin,break_waiver,notified_on,outside\n"
                + recorded.substring(recorded.indexOf('\n') + 1).strip() + ",,,,\n" + planned, StandardCharsets.UTF_8);
        Dataset read = DatasetReader.read(copy);
        assertThat(read.shiftsOf("A").stream().filter(s -> s.origin() == Shift.Origin.PLANNED).toList())
                .isEqualTo(ordinary.shifts().stream().filter(s -> s.employeeId().equals("A")).toList());
        Instant asOf = LocalDate.of(2026, 3, 9).atStartOfDay(result.workplace().zone()).toInstant();
        var report = Engine.of(Packs.find("KR").orElseThrow()).evaluate(read,
                new Evaluation(LocalDateRange.ofClosed(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 15)), asOf, null));
        assertThat(report.findings()).filteredOn(f -> f.severity() == Severity.VIOLATION).isEmpty();
        assertThat(report.employees()).extracting(e -> e.workedSeconds()).containsExactly(50L * 3600, 50L * 3600, 0L);
    }

    @Test
    void jsonCarriesTheVerdictShiftsPaperworkAndPremium() throws Exception {
        StringWriter out = new StringWriter();
        PlanJsonWriter.write(result, Language.EN, out);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("schema").asText()).isEqualTo("worktime-plan/1");
        assertThat(json.get("team").toString()).isEqualTo("[\"A\",\"B\"]");
        JsonNode ordinary = json.get("options").get(0);
        assertThat(ordinary.get("id").asText()).isEqualTo("kr-ordinary");
        assertThat(ordinary.get("fits").asBoolean()).isTrue();
        assertThat(ordinary.get("plannedMinutes").asLong()).isEqualTo(6000);
        assertThat(ordinary.get("violations").asInt()).isZero();
        assertThat(ordinary.get("premium").toString()).isEqualTo("[{\"currency\":\"KRW\",\"amount\":430620}]");
        assertThat(ordinary.get("shifts")).hasSize(10);
        assertThat(ordinary.get("shifts").get(0).toString()).isEqualTo("{\"employee\":\"A\",\"start\":\"2026-03-09T09:00\",\"end\":\"2026-03-09T20:00\","
                + "\"breaks\":[\"14:00-15:00\"],\"workedMinutes\":600,\"origin\":\"PLANNED\",\"notifiedOn\":\"2026-03-02\"}");
        assertThat(ordinary.get("agreementsToAdd").get(0).get("kind").asText()).isEqualTo("KR-LSA-53-1");
        JsonNode flexible = json.get("options").get(1);
        assertThat(flexible.get("agreementsToAdd").get(1).get("kind").asText()).isEqualTo("KR-LSA-51-2");
        assertThat(flexible.get("agreementsToAdd").get(1).get("terms").get("week.1").asText()).isEqualTo("MON,TUE,WED,THU,FRI 10h24min");
        assertThat(ordinary.get("paperwork").get(0).get("article").asText()).isEqualTo("Art. 53(1)");
        StringWriter ja = new StringWriter();
        PlanJsonWriter.write(result, Language.JA, ja);
        JsonNode japanese = new ObjectMapper().readTree(ja.toString()).get("options").get(0);
        assertThat(japanese.get("title").asText()).isEqualTo("韓国: 通常の労働時間、週40時間 + 延長労働12時間 (第50条、第53条第1項)");
        assertThat(japanese.get("paperwork").get(0).get("what").asText()).isEqualTo("延長労働に関する労働者代表との合意 (週12時間以内)");
        assertThat(japanese.get("paperwork").get(0).get("article").asText()).isEqualTo("第53条第1項");
    }

    @Test
    void textComparesTheOptionsInEnglishKoreanAndJapanese() throws Exception {
        StringWriter en = new StringWriter();
        PlanTextWriter.write(result, Language.EN, en);
        assertThat(en.toString()).contains("Plan week: Lab (KR), 2026-03-09 to 2026-03-15 (1 week), planned on 2026-03-02",
                "Team: 2 employees (A, B)", "Work asked for: 100:00 h in all",
                "kr-ordinary      yes     100:00     0:00  KRW 430,620           1         0",
                "kr-flexible-3m   yes     100:00     0:00            -           2         0",
                "[by 2026-03-08] Agreement on extended work with the worker representative (up to 12 h a week) (Art. 53(1), KR-LSA-53-1)",
                "   03-09  total\nA  50:00  50:00\nB  50:00  50:00\n");
        StringWriter ko = new StringWriter();
        PlanTextWriter.write(result, Language.KO, ko);
        assertThat(ko.toString()).contains("팀: 2명 (A, B)", "[2026-03-08까지] 연장근로에 관한 근로자대표와의 합의 (주 12시간 이내) (제53조제1항, KR-LSA-53-1)");
        StringWriter ja = new StringWriter();
        PlanTextWriter.write(result, Language.JA, ja);
        assertThat(ja.toString()).contains("計画 week: Lab (KR)、2026-03-09～2026-03-15 (1週)、計画日 2026-03-02", "チーム: 2名 (A, B)",
                "要求作業量: 合計100:00時間", "== kr-flexible-3m: 韓国: 3か月以内の弾力的労働時間制 (第51条第2項) ==",
                "充足: 計画100:00時間 / 要求100:00時間。エンジンの検査による違反0件",
                "[2026-03-08まで] 延長労働に関する労働者代表との合意 (週12時間以内) (第53条第1項、KR-LSA-53-1)",
                "割増賃金は金銭で支払います。第57条の書面合意があれば、補償休暇30:00時間に代えることができます")
                .doesNotContain("Paperwork", "Notes", "Fits:");
    }
}
