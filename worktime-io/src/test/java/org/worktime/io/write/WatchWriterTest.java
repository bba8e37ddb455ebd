package org.worktime.io.write;

import org.worktime.core.i18n.Language;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Text;
import org.worktime.core.watch.Headroom;
import org.worktime.core.watch.Headroom.Status;
import org.worktime.core.watch.WatchReport;
import org.worktime.core.watch.WatchReport.EmployeeWatch;

class WatchWriterTest {

    private static final long HOUR = 3600;
    private static final LocalDateRange WEEK = LocalDateRange.of(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 10));
    private static final Citation ART53 = new Citation("Labor Standards Act", "Art. 53(1)", "Act No. 5309 (1997-03-13)", "");

    /** Lee: OK with 20 h left; Kim: over by 1 h, with a forecast finding; listed Lee first. */
    private static WatchReport report() {
        Headroom lee = new Headroom("E002", WEEK, 24 * HOUR, 8 * HOUR, 52 * HOUR, 20 * HOUR, null, 8 * HOUR,
                LocalDateTime.of(2025, 3, 6, 9, 0), 28 * HOUR, LocalDateTime.of(2025, 3, 7, 14, 0), Status.OK,
                Text.words("52:00 h a week.", "주 52:00시간.", null), ART53, null, null, null, null, null, null, null, null);
        Headroom kim = new Headroom("E001", WEEK, 30 * HOUR, 23 * HOUR, 52 * HOUR, -HOUR, null, 10 * HOUR,
                LocalDateTime.of(2025, 3, 6, 9, 0), 9 * HOUR, LocalDateTime.of(2025, 3, 6, 19, 0), Status.BREACH_CERTAIN,
                Text.words("52:00 h a week.", "주 52:00시간.", null), ART53, null, null, null, null, null, null, null, null);
        return new WatchReport("KR", ReportFixture.workplace(), Instant.parse("2025-03-06T00:00:00Z"), WEEK, 4 * HOUR, List.of(
                new EmployeeWatch(ReportFixture.employee("E002", "Lee Jun"), lee, List.of()),
                new EmployeeWatch(ReportFixture.employee("E001", "Kim Minji"), kim, List.of(ReportFixture.violation()))));
    }

    private static String write(Format format, Language language) throws IOException {
        return write(report(), format, language);
    }

    private static String write(WatchReport report, Format format, Language language) throws IOException {
        StringWriter out = new StringWriter();
        WatchWriter.of(format, language).write(report, out);
        return out.toString();
    }

    /**
     * Park, under a two-week flexible arrangement whose unit is 2025-02-24 to 2025-03-09 (the week is its second):
     * 45 h recorded in the unit (24 h in its first week, 21 h this week), 20 h planned, 15 h of the schedule assumed
     * where nothing is planned, so projected 80 h; the unit schedules 80 h and the Art. 53 agreement adds 12 h in each
     * of its two weeks: ceiling 104 h. The week: 21 + 20 = 41 h against 52 h, 11 h left.
     */
    private static WatchReport unitReport() {
        LocalDateRange unit = LocalDateRange.of(LocalDate.of(2025, 2, 24), LocalDate.of(2025, 3, 10));
        Headroom park = new Headroom("E003", WEEK, 21 * HOUR, 20 * HOUR, 52 * HOUR, 11 * HOUR, null, 7 * HOUR, null, null, null,
                Status.OK, Text.words("52:00 h a week. Unit: 24:00 h left.", "주 52:00시간. 단위기간 잔여 24:00시간.", null), ART53,
                unit, 80 * HOUR, 45 * HOUR, 20 * HOUR, 80 * HOUR, 104 * HOUR, Status.OK, Headroom.UnitKind.FLEXIBLE_UNIT);
        return new WatchReport("KR", ReportFixture.workplace(), Instant.parse("2025-03-06T00:00:00Z"), WEEK, 4 * HOUR, List.of(
                new EmployeeWatch(ReportFixture.employee("E003", "Park Jiho"), park, List.of())));
    }

    @Test
    void textIsATableMostUrgentFirst() throws IOException {
        assertThat(write(Format.TEXT, Language.EN).split("\n", -1)).containsExactly(
                "Worktime watch",
                "Workplace     Hanbit Software (kr-team)",
                "Jurisdiction  KR",
                "Zone          Asia/Seoul",
                "As of         2025-03-06T09:00:00+09:00",
                "Week          2025-03-03 to 2025-03-09",
                "At risk       below 4:00 h left",
                "",
                "ID    Name       Status          Recorded  Planned  Ceiling   Left  Latest end today",
                "E001  Kim Minji  BREACH_CERTAIN     30:00    23:00    52:00  -1:00  19:00",
                "      52:00 h a week.",
                "      forecast: VIOLATION  KR-LSA-53-1  2025-03-03 to 2025-03-09  Weekly working hours above 52",
                "E002  Lee Jun    OK                 24:00     8:00    52:00  20:00  2025-03-07 14:00",
                "      52:00 h a week.",
                "",
                "Totals",
                "  Employees       2",
                "  BREACH_CERTAIN  1",
                "  AT_RISK         0",
                "  INDETERMINATE   0",
                "  OK              1",
                "  NOT_APPLICABLE  0",
                "");
    }

    @Test
    void jsonFollowsTheSchema() throws IOException {
        JsonNode json = new ObjectMapper().readTree(write(Format.JSON, Language.KO));

        assertThat(json.get("schema").asText()).isEqualTo(WatchWriter.SCHEMA);
        assertThat(json.get("language").asText()).isEqualTo("ko");
        assertThat(json.get("asOf").asText()).isEqualTo("2025-03-06T09:00:00+09:00");
        assertThat(json.at("/week/endExclusive").asText()).isEqualTo("2025-03-10");
        assertThat(json.get("riskMinutes").asInt()).isEqualTo(240);
        JsonNode kim = json.at("/employees/0");
        assertThat(kim.get("id").asText()).isEqualTo("E001");
        assertThat(kim.get("leftMinutes").asInt()).isEqualTo(-60);
        assertThat(kim.get("dailyCeilingMinutes").isNull()).isTrue();
        assertThat(kim.get("latestLegalEnd").asText()).isEqualTo("2025-03-06T19:00:00");
        assertThat(kim.get("reason").asText()).isEqualTo("주 52:00시간.");
        assertThat(kim.at("/forecast/0/title").asText()).isEqualTo("주 52시간 초과 근로");
        assertThat(kim.at("/forecast/0/penalty/article").asText()).isEqualTo("Art. 110");
        assertThat(json.at("/employees/1/forecast")).isEmpty();
        assertThat(json.at("/totals/breachCertain").asInt()).isEqualTo(1);
        assertThat(json.at("/totals/notApplicable").asInt()).isZero();
    }

    @Test
    void csvHasOneRowPerEmployee() throws IOException {
        assertThat(write(Format.CSV, Language.EN).split("\n", -1)).containsExactly(
                String.join(",", WatchWriter.COLUMNS),
                "E001,Kim Minji,BREACH_CERTAIN,2025-03-03,2025-03-10,1800,1380,3120,-60,,600,2025-03-06T09:00:00,540,2025-03-06T19:00:00,"
                        + "KR-LSA-53-1,52:00 h a week.,Labor Standards Act,Art. 53(1),Act No. 5309 (1997-03-13),,,,,,,,,",
                "E002,Lee Jun,OK,2025-03-03,2025-03-10,1440,480,3120,1200,,480,2025-03-06T09:00:00,1680,2025-03-07T14:00:00,"
                        + ",52:00 h a week.,Labor Standards Act,Art. 53(1),Act No. 5309 (1997-03-13),,,,,,,,,",
                "");
    }

    @Test
    void textShowsTheUnitUnderTheEmployee() throws IOException {
        // The ceiling of 104 h is shown as the 80 scheduled hours and the 24 h of extended work on top.
        assertThat(write(unitReport(), Format.TEXT, Language.EN).split("\n", -1)).containsSequence(
                "ID    Name       Status  Recorded  Planned  Ceiling   Left  Latest end today",
                "E003  Park Jiho  OK         21:00    20:00    52:00  11:00  -",
                "      unit 2025-02-24 to 2025-03-09: recorded 45:00, planned 20:00, projected 80:00 of 80:00 (+24:00 extended)",
                "      52:00 h a week. Unit: 24:00 h left.",
                "");
        assertThat(write(unitReport(), Format.TEXT, Language.KO))
                .contains("단위기간 2025-02-24 ~ 2025-03-09: 실적 45:00, 계획 20:00, 예상 80:00 / 정해진 근로시간 80:00 (+연장 24:00)");
    }

    @Test
    void withoutExtendedWorkTheUnitLineHasNoExtension() throws IOException {
        LocalDateRange unit = LocalDateRange.of(LocalDate.of(2025, 2, 24), LocalDate.of(2025, 3, 10));
        // No Art. 53 agreement: the ceiling is the 80 scheduled hours; 90 h projected.
        Headroom park = new Headroom("E003", WEEK, 21 * HOUR, 24 * HOUR, 40 * HOUR, -5 * HOUR, 8 * HOUR, 7 * HOUR, null, null, null,
                Status.BREACH_CERTAIN, Text.words("40:00 h a week.", "주 40:00시간.", null), ART53,
                unit, 80 * HOUR, 45 * HOUR, 45 * HOUR, 90 * HOUR, 80 * HOUR, Status.BREACH_CERTAIN,
                Headroom.UnitKind.FLEXIBLE_UNIT);
        WatchReport report = new WatchReport("KR", ReportFixture.workplace(), Instant.parse("2025-03-06T00:00:00Z"), WEEK, 4 * HOUR,
                List.of(new EmployeeWatch(ReportFixture.employee("E003", "Park Jiho"), park, List.of())));

        assertThat(write(report, Format.TEXT, Language.EN))
                .contains("\n      unit 2025-02-24 to 2025-03-09: recorded 45:00, planned 45:00, projected 90:00 of 80:00\n");
    }

    @Test
    void jsonAndCsvCarryTheUnit() throws IOException {
        JsonNode park = new ObjectMapper().readTree(write(unitReport(), Format.JSON, Language.EN)).at("/employees/0");
        assertThat(park.at("/unit/start").asText()).isEqualTo("2025-02-24");
        assertThat(park.at("/unit/endExclusive").asText()).isEqualTo("2025-03-10");
        assertThat(park.get("unitScheduledMinutes").asInt()).isEqualTo(80 * 60);
        assertThat(park.get("unitRecordedMinutes").asInt()).isEqualTo(45 * 60);
        assertThat(park.get("unitPlannedMinutes").asInt()).isEqualTo(20 * 60);
        assertThat(park.get("unitProjectedMinutes").asInt()).isEqualTo(80 * 60);
        assertThat(park.get("unitCeilingMinutes").asInt()).isEqualTo(104 * 60);
        assertThat(park.get("unitStatus").asText()).isEqualTo("OK");
        assertThat(park.get("unitKind").asText()).isEqualTo("FLEXIBLE_UNIT");

        // Without an arrangement the fields are there, and null.
        JsonNode kim = new ObjectMapper().readTree(write(Format.JSON, Language.EN)).at("/employees/0");
        assertThat(kim.get("unit").isNull()).isTrue();
        assertThat(kim.get("unitProjectedMinutes").isNull()).isTrue();
        assertThat(kim.get("unitStatus").isNull()).isTrue();
        assertThat(kim.get("unitKind").isNull()).isTrue();

        assertThat(write(unitReport(), Format.CSV, Language.EN).split("\n", -1)).containsExactly(
                String.join(",", WatchWriter.COLUMNS),
                "E003,Park Jiho,OK,2025-03-03,2025-03-10,1260,1200,3120,660,,420,,,,,52:00 h a week. Unit: 24:00 h left.,"
                        + "Labor Standards Act,Art. 53(1),Act No. 5309 (1997-03-13),2025-02-24,2025-03-10,4800,2700,1200,4800,6240,OK,FLEXIBLE_UNIT",
                "");
    }

    @Test
    void aSelectiveSettlementPeriodIsNamedSoInTheText() throws IOException {
        // Choi, under a one-month selective arrangement (Art. 52) settled over March 2025 with a total of 160 h and an
        // Art. 53 agreement: 12 h x 31 / 7 = 53:08:34 h of extended work (exact seconds, shown as such), ceiling
        // 213:08:34 h. Recorded 90 h, planned 60 h: projected 150 h (nothing assumed). The week (50 h against 52 h) is
        // shown but does not bind.
        LocalDateRange period = LocalDateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1));
        long extension = 12 * HOUR * 31 / 7;
        Headroom choi = new Headroom("E004", WEEK, 30 * HOUR, 20 * HOUR, 52 * HOUR, 2 * HOUR, null, 10 * HOUR, null, null, null,
                Status.OK, Text.words("Selective hours.", "선택적 근로시간제.", null), ART53,
                period, 160 * HOUR, 90 * HOUR, 60 * HOUR, 150 * HOUR, 160 * HOUR + extension, Status.OK,
                Headroom.UnitKind.SELECTIVE_PERIOD);
        WatchReport report = new WatchReport("KR", ReportFixture.workplace(), Instant.parse("2025-03-06T00:00:00Z"), WEEK, 4 * HOUR,
                List.of(new EmployeeWatch(ReportFixture.employee("E004", "Choi Yuna"), choi, List.of())));

        assertThat(write(report, Format.TEXT, Language.EN).split("\n", -1)).containsSequence(
                "E004  Choi Yuna  OK         30:00    20:00    52:00  2:00  -",
                "      settlement period 2025-03-01 to 2025-03-31: recorded 90:00, planned 60:00, projected 150:00 of 160:00 (+53:08:34 extended)",
                "      Selective hours.");
        assertThat(write(report, Format.TEXT, Language.KO))
                .contains("정산기간 2025-03-01 ~ 2025-03-31: 실적 90:00, 계획 60:00, 예상 150:00 / 총 근로시간 160:00 (+연장 53:08:34)");
        assertThat(new ObjectMapper().readTree(write(report, Format.JSON, Language.EN)).at("/employees/0/unitKind").asText())
                .isEqualTo("SELECTIVE_PERIOD");
        assertThat(write(report, Format.CSV, Language.EN)).contains(",OK,SELECTIVE_PERIOD\n");
    }

    /**
     * Japan, April 2026: no weekly ceiling, the Art. 36 month against its cap on overtime plus holiday work. Sato: 34 h
     * of 100 h, 66 h left; Tanaka: 65 h of 100 h, 35 h left (all work 169 h); listed Sato first.
     */
    private static WatchReport monthlyReport() {
        LocalDateRange month = LocalDateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1));
        Citation cap = new Citation("Labor Standards Act (Japan)", "Art. 36(6)(ii)", "Act No. 71 of 2018", "");
        Headroom sato = new Headroom("J01", WEEK, 0, 0, null, null, null, 0, null, null, null, Status.OK,
                Text.words("Under 100 h.", "100시간 미만.", null), cap, month, 138 * HOUR, 34 * HOUR, 0L, 34 * HOUR, 100 * HOUR, Status.OK,
                Headroom.UnitKind.MONTHLY_OVERTIME_CAP);
        Headroom tanaka = new Headroom("J02", WEEK, 13 * HOUR, 26 * HOUR, null, null, null, 0, null, null, null, Status.OK,
                Text.words("Under 100 h.", "100시간 미만.", null), cap, month, 169 * HOUR, 65 * HOUR, 0L, 65 * HOUR, 100 * HOUR, Status.OK,
                Headroom.UnitKind.MONTHLY_OVERTIME_CAP);
        return new WatchReport("JP", ReportFixture.workplace(), Instant.parse("2025-03-06T00:00:00Z"), WEEK, 4 * HOUR, List.of(
                new EmployeeWatch(ReportFixture.employee("J01", "Sato Yui"), sato, List.of()),
                new EmployeeWatch(ReportFixture.employee("J02", "Tanaka Ren"), tanaka, List.of())));
    }

    @Test
    void aMonthlyCapHasNoWeeklyCeilingAndSortsByTheMonthsHoursLeft() throws IOException {
        assertThat(write(monthlyReport(), Format.TEXT, Language.EN).split("\n", -1)).containsSequence(
                "J02  Tanaka Ren  OK         13:00    26:00        -     -  -",
                "     month 2026-04-01 to 2026-04-30, overtime and holiday work: recorded 65:00, planned 0:00, projected 65:00 of 100:00,"
                        + " left 35:00 (all work 169:00)",
                "     Under 100 h.",
                "J01  Sato Yui    OK          0:00     0:00        -     -  -");
        assertThat(write(monthlyReport(), Format.TEXT, Language.KO))
                .contains("월 2026-04-01 ~ 2026-04-30, 시간외·휴일근로: 실적 65:00, 계획 0:00, 예상 65:00 / 한도 100:00, 잔여 35:00 (총 근로 169:00)");
        assertThat(write(monthlyReport(), Format.TEXT, Language.JA).split("\n", -1)).contains(
                "労働時間上限アラート",
                "ID   氏名        状態       実績   予定  上限  残り  本日の終業限度",
                "     月 2026-04-01～2026-04-30、時間外・休日労働: 実績 65:00、予定 0:00、見込み 65:00 / 上限 100:00、残り 35:00 (総労働時間 169:00)");
        JsonNode tanaka = new ObjectMapper().readTree(write(monthlyReport(), Format.JSON, Language.EN)).at("/employees/0");
        assertThat(tanaka.get("id").asText()).isEqualTo("J02");
        assertThat(tanaka.get("ceilingMinutes").isNull()).isTrue();
        assertThat(tanaka.get("leftMinutes").isNull()).isTrue();
        assertThat(tanaka.get("unitCeilingMinutes").asInt()).isEqualTo(100 * 60);
        assertThat(tanaka.get("unitProjectedMinutes").asInt()).isEqualTo(65 * 60);
        assertThat(tanaka.get("unitScheduledMinutes").asInt()).isEqualTo(169 * 60);
        assertThat(tanaka.get("unitKind").asText()).isEqualTo("MONTHLY_OVERTIME_CAP");
        assertThat(write(monthlyReport(), Format.CSV, Language.EN).split("\n", -1)[1]).isEqualTo(
                "J02,Tanaka Ren,OK,2025-03-03,2025-03-10,780,1560,,,,0,,,,,Under 100 h.,Labor Standards Act (Japan),Art. 36(6)(ii),"
                        + "Act No. 71 of 2018,2026-04-01,2026-05-01,10140,3900,0,3900,6000,OK,MONTHLY_OVERTIME_CAP");
    }

    @Test
    void markdownIsNotAWatchFormat() {
        assertThatThrownBy(() -> WatchWriter.of(Format.MARKDOWN, Language.EN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WatchWriter.of(Format.XLSX, Language.EN)).isInstanceOf(IllegalArgumentException.class);
    }
}
