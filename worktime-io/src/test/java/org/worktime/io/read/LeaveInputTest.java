package org.worktime.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.io.read.Fixtures.messages;
import static org.worktime.io.read.Fixtures.write;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Leave;

/** leave.csv and the bundle's leave: key, read strictly. */
class LeaveInputTest {

    @TempDir
    Path dir;

    private static final String WORKPLACE = """
            id: hanbit
            jurisdiction: KR
            zone: Asia/Seoul
            headcount:
              - {from: 2024-01-01, count: 38}
            """;

    private static final String EMPLOYEES = """
            id,name,hire_date,end_date,workdays,daily_hours,wage_type,wage_amount,currency
            E1,Kim,2024-03-04,,MON-FRI,8h,hourly,12000,KRW
            E2,Lee,2024-03-04,2026-06-30,MON-FRI,8h,hourly,12000,KRW
            """;

    private static final String SHIFTS = """
            employee,start,end,breaks
            E1,2026-03-09T09:00,2026-03-09T18:00,12:00-13:00
            E1,2026-03-10T09:00,2026-03-10T14:00,
            """;

    private void folder(String leave) {
        write(dir, "workplace.yaml", WORKPLACE);
        write(dir, "employees.csv", EMPLOYEES);
        write(dir, "shifts.csv", SHIFTS);
        write(dir, "leave.csv", leave);
    }

    @Test
    void readsDaysRangesAndPartDaysFromAFolder() throws InputException {
        folder("""
                employee_id,kind,from,to,hours,note
                E1,annual,2026-03-11,,,
                E1,Sick,2026-03-12,2026-03-13,,flu
                E1,annual,2026-03-10,,4h,afternoon
                E2,maternity,2026-04-01,2026-06-29,,
                """);
        Dataset d = DatasetReader.read(dir);
        assertThat(d.leaveOf("E1")).containsExactly(
                Leave.hours("E1", Leave.Kind.ANNUAL, LocalDate.parse("2026-03-10"), Duration.ofHours(4)),
                Leave.days("E1", Leave.Kind.ANNUAL, LocalDate.parse("2026-03-11"), LocalDate.parse("2026-03-11")),
                Leave.days("E1", Leave.Kind.SICK, LocalDate.parse("2026-03-12"), LocalDate.parse("2026-03-13")));
        assertThat(d.leaveOf("E2")).singleElement().satisfies(l -> assertThat(l.days()).isEqualTo(90));
        assertThat(d.leaveRecorded()).isTrue();
    }

    @Test
    void everyProblemNamesFileLineAndField() {
        folder("""
                employee_id,kind,from,to,hours,note
                E9,annual,2026-03-11,,,
                E1,anual,2026-03-11,,,
                E1,annual,2026-03-12,2026-03-11,,
                E1,annual,2026-03-16,2026-03-17,4h,
                E1,sick,2026-03-18,,25h,
                E1,sick,2026-03-1x,,,
                """);
        Path leave = dir.resolve("leave.csv");
        assertThat(messages(() -> DatasetReader.read(dir))).containsExactly(
                leave + ":2: field 'employee_id': unknown employee E9; did you mean E1?",
                leave + ":3: field 'kind': unknown leave kind anual (expected one of annual, sick, maternity, compensatory, unpaid, other);"
                        + " did you mean annual?",
                leave + ":4: field 'to': the leave ends (2026-03-11) before it starts (2026-03-12)",
                leave + ":5: field 'hours': hours are for part-day leave on a single day; this record runs from 2026-03-16 to 2026-03-17"
                        + " (give whole days without hours, or one line per day)",
                leave + ":6: field 'hours': 25h is not between 1 minute and 24 hours a day",
                leave + ":7: field 'from': 2026-03-1x is not a date (expected yyyy-MM-dd, e.g. 2025-03-03)");
    }

    @Test
    void overlapsLeaveOutsideTheEmploymentAndLeaveOnAWorkedDayAreRefused() {
        folder("""
                employee_id,kind,from,to,hours,note
                E1,annual,2026-03-16,2026-03-18,,
                E1,sick,2026-03-18,,,
                E2,unpaid,2026-06-29,2026-07-01,,
                E1,annual,2026-03-09,,,
                """);
        Path leave = dir.resolve("leave.csv");
        assertThat(messages(() -> DatasetReader.read(dir))).containsExactly(
                leave + ":4: field 'from': the leave from 2026-06-29 to 2026-07-01 falls outside the employment of E2 (hired 2024-03-04,"
                        + " last day 2026-06-30)",
                leave + ":3: field 'from': this leave of E1 (2026-03-18 to 2026-03-18) overlaps the one at line 2 (2026-03-16 to"
                        + " 2026-03-18); one day has one leave record",
                leave + ":5: field 'from': a whole day of annual leave for E1 on 2026-03-09, but a recorded shift starts that day (leave"
                        + " is never worked time: give the hours of part-day leave, or drop one of the two)");
    }

    @Test
    void readsTheBundlesLeaveKeyWithTheSameRules() throws InputException {
        Path bundle = write(dir, "bundle.yaml", """
                workplace:
                  id: hanbit
                  jurisdiction: KR
                  zone: Asia/Seoul
                employees:
                  - {id: E1}
                shifts: []
                leave:
                  - {employee: E1, kind: annual, from: 2026-03-11}
                  - {employee: E1, kind: compensatory, from: 2026-03-12, hours: 2h30min}
                """);
        assertThat(DatasetReader.read(bundle).leaveOf("E1")).containsExactly(
                Leave.days("E1", Leave.Kind.ANNUAL, LocalDate.parse("2026-03-11"), LocalDate.parse("2026-03-11")),
                Leave.hours("E1", Leave.Kind.COMPENSATORY, LocalDate.parse("2026-03-12"), Duration.ofMinutes(150)));
        Path bad = write(dir, "bad.yaml", """
                workplace:
                  id: hanbit
                  jurisdiction: KR
                  zone: Asia/Seoul
                employees:
                  - {id: E1}
                leave:
                  - {employee: E1, kind: holiday, from: 2026-03-11, day: 2026-03-11}
                """);
        assertThat(messages(() -> DatasetReader.read(bad))).hasSize(2).anySatisfy(m -> assertThat(m).startsWith(bad + ":8:")
                .contains("unknown leave kind holiday"));
    }

    @Test
    void noLeaveFileMeansNoLeave() throws InputException {
        write(dir, "workplace.yaml", WORKPLACE);
        write(dir, "employees.csv", EMPLOYEES);
        write(dir, "shifts.csv", SHIFTS);
        assertThat(DatasetReader.read(dir).leaveOf("E1")).isEqualTo(List.of());
        assertThat(DatasetReader.read(dir).leaveRecorded()).isFalse();
        write(dir, "leave.csv", "employee_id,kind,from,to,hours,note\n");
        assertThat(DatasetReader.read(dir).leaveRecorded()).as("a header-only leave.csv: no one took leave").isTrue();
    }
}
