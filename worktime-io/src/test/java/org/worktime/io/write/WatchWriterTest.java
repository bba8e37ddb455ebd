package org.worktime.io.write;

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
                Text.of("52:00 h a week.", "주 52:00시간."), ART53);
        Headroom kim = new Headroom("E001", WEEK, 30 * HOUR, 23 * HOUR, 52 * HOUR, -HOUR, null, 10 * HOUR,
                LocalDateTime.of(2025, 3, 6, 9, 0), 9 * HOUR, LocalDateTime.of(2025, 3, 6, 19, 0), Status.BREACH_CERTAIN,
                Text.of("52:00 h a week.", "주 52:00시간."), ART53);
        return new WatchReport("KR", ReportFixture.workplace(), Instant.parse("2025-03-06T00:00:00Z"), WEEK, 4 * HOUR, List.of(
                new EmployeeWatch(ReportFixture.employee("E002", "Lee Jun"), lee, List.of()),
                new EmployeeWatch(ReportFixture.employee("E001", "Kim Minji"), kim, List.of(ReportFixture.violation()))));
    }

    private static String write(Format format, Language language) throws IOException {
        StringWriter out = new StringWriter();
        WatchWriter.of(format, language).write(report(), out);
        return out.toString();
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
                        + "KR-LSA-53-1,52:00 h a week.,Labor Standards Act,Art. 53(1),Act No. 5309 (1997-03-13)",
                "E002,Lee Jun,OK,2025-03-03,2025-03-10,1440,480,3120,1200,,480,2025-03-06T09:00:00,1680,2025-03-07T14:00:00,"
                        + ",52:00 h a week.,Labor Standards Act,Art. 53(1),Act No. 5309 (1997-03-13)",
                "");
    }

    @Test
    void markdownIsNotAWatchFormat() {
        assertThatThrownBy(() -> WatchWriter.of(Format.MARKDOWN, Language.EN)).isInstanceOf(IllegalArgumentException.class);
    }
}
