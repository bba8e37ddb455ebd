package org.worktime.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.io.read.Fixtures.SEOUL;
import static org.worktime.io.read.Fixtures.messages;
import static org.worktime.io.read.Fixtures.seoul;
import static org.worktime.io.read.Fixtures.write;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threeten.extra.Interval;
import org.worktime.core.domain.Shift;

class ShiftCsvReaderTest {

    private static final Set<String> IDS = Set.of("E001", "E002");
    private static final String HEADER = "employee,start,end,breaks,origin,break_waiver\n";

    @TempDir
    Path dir;

    private List<Shift> read(String csv) throws InputException {
        return new ShiftCsvReader(SEOUL, IDS).read(new StringReader(csv), Path.of("shifts.csv"));
    }

    private List<String> problems(String csv) {
        return messages(() -> read(csv));
    }

    @Test
    void readsShiftsWithBreaksOriginAndWaiver() throws InputException {
        List<Shift> shifts = read(HEADER
                + "E001,2025-03-03T09:00,2025-03-03T18:00,12:00-13:00,,\n"
                + "E001,2025-03-04T09:00:00,2025-03-04T18:30,12:00-13:00;15:00-15:15,PLANNED,false\n"
                + "E002,2025-03-04 06:00,2025-03-04T10:00,,actual,TRUE\n");
        assertThat(shifts).containsExactly(
                new Shift("E001", seoul("2025-03-03T09:00"), seoul("2025-03-03T18:00"),
                        List.of(Interval.of(seoul("2025-03-03T12:00"), seoul("2025-03-03T13:00"))), Shift.Origin.ACTUAL, false),
                new Shift("E001", seoul("2025-03-04T09:00"), seoul("2025-03-04T18:30"),
                        List.of(Interval.of(seoul("2025-03-04T12:00"), seoul("2025-03-04T13:00")),
                                Interval.of(seoul("2025-03-04T15:00"), seoul("2025-03-04T15:15"))),
                        Shift.Origin.PLANNED, false),
                new Shift("E002", seoul("2025-03-04T06:00"), seoul("2025-03-04T10:00"), List.of(), Shift.Origin.ACTUAL, true));
    }

    @Test
    void aNoticeDateIsReadAndAnImpossibleOneIsRefused() throws InputException {
        List<Shift> shifts = read("employee,start,end,origin,notified_on\nE001,2026-03-10T09:00,2026-03-10T18:00,PLANNED,2026-02-23\n");
        assertThat(shifts.get(0).notifiedOn()).isEqualTo(java.time.LocalDate.of(2026, 2, 23));
        assertThat(problems("employee,start,end,notified_on\nE001,2026-03-10T09:00,2026-03-10T18:00,2026-02-30\n"))
                .singleElement().asString().startsWith("shifts.csv:2: field 'notified_on': ");
    }

    @Test
    void breakMinutesAreBreakTimeWithoutTimes() throws InputException {
        List<Shift> shifts = read("employee,start,end,breaks,break_minutes\nE001,2025-03-03T09:00,2025-03-03T18:30,12:00-13:00,30\n"
                + "E001,2025-03-04T09:00,2025-03-04T18:00,,\n");
        assertThat(shifts.get(0).unplacedBreakSeconds()).isEqualTo(1800);
        assertThat(shifts.get(0).workedSeconds()).isEqualTo(8 * 3600);
        assertThat(shifts.get(1).hasUnplacedBreak()).isFalse();
        List<String> problems = problems("employee,start,end,break_minutes\nE001,2025-03-03T09:00,2025-03-03T10:00,60\n"
                + "E001,2025-03-04T09:00,2025-03-04T10:00,-5\n");
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).isEqualTo(
                "shifts.csv:2: field 'break_minutes': 60 min of break leave no work in the shift 2025-03-03T09:00 to 2025-03-03T10:00 (1 h)");
        assertThat(problems.get(1)).startsWith("shifts.csv:3: field 'break_minutes': ");
    }

    @Test
    void columnsMayComeInAnyOrderAndOptionalOnesMayBeAbsent() throws InputException {
        List<Shift> shifts = read("end,employee,start\n2025-03-03T18:00,E001,2025-03-03T09:00\n");
        assertThat(shifts).containsExactly(Shift.of("E001", seoul("2025-03-03T09:00"), seoul("2025-03-03T18:00")));
    }

    @Test
    void overnightShiftWithABreakAfterMidnight() throws InputException {
        List<Shift> shifts = read(HEADER + "E001,2025-03-03T22:00,2025-03-04T06:00,23:30-00:30;02:00-02:30,,\n");
        Shift s = shifts.get(0);
        assertThat(s.breaks()).containsExactly(
                Interval.of(seoul("2025-03-03T23:30"), seoul("2025-03-04T00:30")),
                Interval.of(seoul("2025-03-04T02:00"), seoul("2025-03-04T02:30")));
        assertThat(s.worked()).isEqualTo(Duration.ofMinutes(6 * 60 + 30));
    }

    @Test
    void offsetsAndZoneIdsFixTheInstant() throws InputException {
        List<Shift> shifts = read(HEADER
                + "E001,2025-03-03T09:00+09:00,2025-03-03T09:00Z,2025-03-03T12:00/2025-03-03T13:00+09:00,,\n"
                + "E002,2025-03-03T09:00[Asia/Seoul],2025-03-03T18:00+0900,,,\n");
        assertThat(shifts.get(0).start()).isEqualTo(seoul("2025-03-03T09:00"));
        assertThat(shifts.get(0).end()).isEqualTo(Instant.parse("2025-03-03T09:00:00Z"));
        assertThat(shifts.get(0).breaks()).containsExactly(Interval.of(seoul("2025-03-03T12:00"), seoul("2025-03-03T13:00")));
        assertThat(shifts.get(1).start()).isEqualTo(seoul("2025-03-03T09:00"));
        assertThat(shifts.get(1).end()).isEqualTo(seoul("2025-03-03T18:00"));
    }

    @Test
    void quotedFieldsAndBlankLinesAndByteOrderMark() throws InputException {
        List<Shift> shifts = read("\uFEFF" + HEADER + "\n\"E001\",\"2025-03-03T09:00\",2025-03-03T18:00,\"12:00-12:30;\",,\r\n\r\n");
        assertThat(shifts).hasSize(1);
        assertThat(shifts.get(0).breakSeconds()).isEqualTo(1800);
    }

    @Test
    void impossibleDateNamesTheFieldAndTheText() {
        assertThat(problems(HEADER + "E001,2025-02-27T09:00,2025-02-27T18:00,,,\n" + "E001,2025-02-28T09:00,2025-02-30T09:00,,,\n"))
                .containsExactly("shifts.csv:3: field 'end': 2025-02-30T09:00 is not a date-time (no February 30)");
    }

    @Test
    void malformedDateTimesSayWhatIsExpected() {
        assertThat(problems(HEADER
                + "E001,2025-03-03,2025-03-03T18:00,,,\n"
                + "E001,2024-02-29T09:00,2025-02-29T18:00,,,\n"
                + "E001,2025-13-01T09:00,2025-03-03T24:00,,,\n"
                + "E001,2025-03-03T09:61,,,,\n"))
                .containsExactly(
                        "shifts.csv:2: field 'start': 2025-03-03 is not a date-time (expected yyyy-MM-ddTHH:mm, e.g. 2025-03-03T09:00)",
                        "shifts.csv:3: field 'end': 2025-02-29T18:00 is not a date-time (no February 29 in 2025)",
                        "shifts.csv:4: field 'start': 2025-13-01T09:00 is not a date-time (no month 13)",
                        "shifts.csv:4: field 'end': 2025-03-03T24:00 is not a date-time (no hour 24; write 2025-03-04T00:00)",
                        "shifts.csv:5: field 'start': 2025-03-03T09:61 is not a date-time (no minute 61)",
                        "shifts.csv:5: field 'end': missing value");
    }

    @Test
    void endMustComeAfterStart() {
        assertThat(problems(HEADER + "E001,2025-03-03T22:00,2025-03-03T06:00,,,\nE001,2025-03-04T09:00,2025-03-04T09:00,,,\n"))
                .containsExactly(
                        "shifts.csv:2: field 'end': the shift must end after it starts, but it ends at 2025-03-03T06:00 and starts"
                                + " at 2025-03-03T22:00 (a shift that crosses midnight ends on the next date)",
                        "shifts.csv:3: field 'end': the shift must end after it starts, but it ends at 2025-03-04T09:00 and starts"
                                + " at 2025-03-04T09:00");
    }

    @Test
    void shiftsLongerThan24HoursAreProbablyAMissingClockOut() throws InputException {
        assertThat(problems(HEADER + "E001,2025-03-03T09:00,2025-03-04T15:15,,,\n")).containsExactly(
                "shifts.csv:2: field 'end': the shift from 2025-03-03T09:00 to 2025-03-04T15:15 lasts 30 h 15 min, more than"
                        + " 24 h: probably a missing clock-out; split it into shifts of at most 24 h");
        assertThat(read(HEADER + "E001,2025-03-03T09:00,2025-03-04T09:00,,,\n")).hasSize(1);
    }

    @Test
    void unknownEmployee() {
        assertThat(problems(HEADER + "E003,2025-03-03T09:00,2025-03-03T18:00,,,\nE0001,2025-03-03T09:00,2025-03-03T18:00,,,\n"))
                .containsExactly(
                        "shifts.csv:2: field 'employee': unknown employee E003 (not in the employee list); did you mean E001?",
                        "shifts.csv:3: field 'employee': unknown employee E0001 (not in the employee list); did you mean E001?");
    }

    @Test
    void overlappingShiftsNameBothLines() {
        assertThat(problems(HEADER
                + "E001,2025-03-03T09:00,2025-03-03T13:00,,,\n"
                + "E002,2025-03-03T09:00,2025-03-03T18:00,,,\n"
                + "E001,2025-03-03T13:00,2025-03-03T18:00,,,\n"
                + "E001,2025-03-03T12:00,2025-03-03T14:00,,,\n"))
                .containsExactly(
                        "shifts.csv:5: the shift of E001 from 2025-03-03T12:00 to 2025-03-03T14:00 overlaps the shift at"
                                + " shifts.csv:2 (2025-03-03T09:00 to 2025-03-03T13:00)",
                        "shifts.csv:5: the shift of E001 from 2025-03-03T12:00 to 2025-03-03T14:00 overlaps the shift at"
                                + " shifts.csv:4 (2025-03-03T13:00 to 2025-03-03T18:00)");
    }

    @Test
    void aPlannedShiftMayOverlapAnActualOneButNotAnotherPlannedOne() throws InputException {
        assertThat(read(HEADER + "E001,2025-03-03T09:00,2025-03-03T18:00,,PLANNED,\nE001,2025-03-03T09:10,2025-03-03T18:20,,,\n"))
                .hasSize(2);
        assertThat(problems(HEADER + "E001,2025-03-03T09:00,2025-03-03T18:00,,PLANNED,\nE001,2025-03-03T08:00,2025-03-03T10:00,,PLANNED,\n"))
                .containsExactly("shifts.csv:3: the planned shift of E001 from 2025-03-03T08:00 to 2025-03-03T10:00 overlaps"
                        + " the shift at shifts.csv:2 (2025-03-03T09:00 to 2025-03-03T18:00)");
    }

    @Test
    void breaksMustBeWellFormedInsideTheShiftAndApart() {
        assertThat(problems(HEADER
                + "E001,2025-03-03T09:00,2025-03-03T18:00,12:00-1300,,\n"
                + "E001,2025-03-04T14:00,2025-03-04T18:00,12:00-13:00,,\n"
                + "E001,2025-03-05T09:00,2025-03-05T18:00,12:00-13:00;12:30-13:30,,\n"
                + "E001,2025-03-06T09:00,2025-03-06T18:00,13:00-12:00,,\n"
                + "E001,2025-03-07T09:00,2025-03-07T18:00,12:00-12:00,,\n"))
                .containsExactly(
                        "shifts.csv:2: field 'breaks': 12:00-1300 is not a break (expected HH:MM-HH:MM, e.g. 12:00-13:00, or"
                                + " start/end date-times)",
                        "shifts.csv:3: field 'breaks': break 12:00-13:00 (2025-03-05T12:00 to 2025-03-05T13:00) lies outside the"
                                + " shift from 2025-03-04T14:00 to 2025-03-04T18:00",
                        "shifts.csv:4: field 'breaks': breaks overlap: 2025-03-05T12:00 to 2025-03-05T13:00 and 2025-03-05T12:30"
                                + " to 2025-03-05T13:30",
                        "shifts.csv:5: field 'breaks': break 13:00-12:00 ends before it starts",
                        "shifts.csv:6: field 'breaks': break 12:00-12:00 is empty");
    }

    @Test
    void originAndWaiverAreStrict() {
        assertThat(problems(HEADER + "E001,2025-03-03T09:00,2025-03-03T18:00,,SCHEDULED,yes\n")).containsExactly(
                "shifts.csv:2: field 'origin': SCHEDULED is not an origin (expected ACTUAL or PLANNED)",
                "shifts.csv:2: field 'break_waiver': yes is not true or false");
    }

    @Test
    void headerAndShapeProblems() {
        assertThat(problems("employee,strat,end,end\n")).containsExactly(
                "shifts.csv:1: field 'strat': unknown column; did you mean start? (known columns: employee, start, end, breaks,"
                        + " origin, break_waiver, notified_on, outside, rate, break_minutes)",
                "shifts.csv:1: field 'end': the column appears twice in the header",
                "shifts.csv:1: field 'start': required column missing from the header (header: employee,strat,end,end)");
        assertThat(problems("")).containsExactly(
                "shifts.csv: the file is empty (expected a header line: employee,start,end,breaks,origin,break_waiver,notified_on,outside,rate,break_minutes)");
        assertThat(problems(HEADER + "E001,2025-03-03T09:00,2025-03-03T18:00\n\"E001,2025-03-03T09:00\n")).containsExactly(
                "shifts.csv:2: the line has 3 fields, but the header has 6 columns",
                "shifts.csv:3: a quoted field is not closed (a \" is missing)");
    }

    @Test
    void dstGapIsRefused() {
        ShiftCsvReader reader = new ShiftCsvReader(Fixtures.LOS_ANGELES, IDS);
        assertThat(messages(() -> reader.read(new StringReader(HEADER
                + "E001,2026-03-08T02:30,2026-03-08T10:00,,,\n"
                + "E002,2026-03-07T22:00,2026-03-08T06:00,02:15-02:45,,\n"), Path.of("shifts.csv"))))
                .containsExactly(
                        "shifts.csv:2: field 'start': 2026-03-08T02:30 does not exist in America/Los_Angeles: clocks jump from"
                                + " 02:00 to 03:00 on 2026-03-08",
                        "shifts.csv:3: field 'breaks': break 02:15-02:45: 02:15 does not exist on 2026-03-08 in"
                                + " America/Los_Angeles: clocks jump from 02:00 to 03:00");
    }

    @Test
    void dstOverlapIsRefusedUnlessWrittenWithAnOffset() throws InputException {
        ShiftCsvReader reader = new ShiftCsvReader(Fixtures.LOS_ANGELES, IDS);
        assertThat(messages(() -> reader.read(new StringReader(HEADER + "E001,2025-11-02T01:30,2025-11-02T09:00,,,\n"),
                Path.of("shifts.csv")))).containsExactly(
                "shifts.csv:2: field 'start': 2025-11-02T01:30 is ambiguous in America/Los_Angeles: clocks go back from 02:00"
                        + " to 01:00 on 2025-11-02, so it happens twice; write it with an offset: 2025-11-02T01:30-07:00 (the"
                        + " first) or 2025-11-02T01:30-08:00 (the second)");
        List<Shift> shifts = reader.read(new StringReader(HEADER
                + "E001,2025-11-02T01:30-08:00,2025-11-02T09:00,,,\n"
                // a night shift across the fall-back night: 10 hours of wall-clock time are 11 hours of work
                + "E002,2025-11-01T22:00,2025-11-02T08:00,,,\n"), Path.of("shifts.csv"));
        assertThat(shifts.get(0).start()).isEqualTo(Instant.parse("2025-11-02T09:30:00Z"));
        assertThat(shifts.get(1).spanSeconds()).isEqualTo(11 * 3600);
    }

    @Test
    void breakInTheRepeatedHourTakesItsFirstOccurrenceAfterTheShiftStart() throws InputException {
        ShiftCsvReader reader = new ShiftCsvReader(Fixtures.LOS_ANGELES, IDS);
        List<Shift> shifts = reader.read(new StringReader(HEADER
                + "E001,2025-11-01T22:00,2025-11-02T08:00,01:15-01:45,,\n"
                + "E002,2025-11-02T01:10-08:00,2025-11-02T08:00,01:15-01:45,,\n"), Path.of("shifts.csv"));
        assertThat(shifts.get(0).breaks()).containsExactly(
                Interval.of(Instant.parse("2025-11-02T08:15:00Z"), Instant.parse("2025-11-02T08:45:00Z")));
        assertThat(shifts.get(1).breaks()).containsExactly(
                Interval.of(Instant.parse("2025-11-02T09:15:00Z"), Instant.parse("2025-11-02T09:45:00Z")));
    }

    @Test
    void readsFromAFileAndAStream(@TempDir Path tmp) throws InputException {
        String csv = HEADER + "E001,2025-03-03T09:00,2025-03-03T18:00,12:00-13:00,,\n";
        Path file = write(tmp, "shifts.csv", csv);
        ShiftCsvReader reader = new ShiftCsvReader(SEOUL, IDS);
        assertThat(reader.read(file)).hasSize(1);
        assertThat(reader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), Path.of("in.csv"))).hasSize(1);
        assertThat(new ShiftCsvReader(SEOUL).read(new StringReader(HEADER + "ANYONE,2025-03-03T09:00,2025-03-03T18:00,,,\n"),
                Path.of("x.csv"))).hasSize(1);
    }

    @Test
    void problemsNameTheFileAsGiven(@TempDir Path tmp) {
        Path file = write(tmp, "shifts.csv", HEADER + "E001,2025-03-03T09:00,2025-02-30T09:00,,,\n");
        InputException e = Fixtures.failure(() -> new ShiftCsvReader(SEOUL, IDS).read(file));
        assertThat(e.problems()).extracting(InputProblem::file, InputProblem::line, InputProblem::field, InputProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(file, 2, "end", "2025-02-30T09:00 is not a date-time (no February 30)"));
        assertThat(e.getMessage()).isEqualTo(file + ":2: field 'end': 2025-02-30T09:00 is not a date-time (no February 30)");
        assertThat(Fixtures.messages(() -> new ShiftCsvReader(SEOUL).read(tmp.resolve("none.csv"))))
                .containsExactly(tmp.resolve("none.csv") + ": no such file");
    }

    @Test
    void notUtf8IsNamed() {
        byte[] bytes = (HEADER + "E001,2025-03-03T09:00,2025-03-03T18:00,,,\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = (byte) 0xC0;
        bad[bytes.length + 1] = (byte) 0x0A;
        assertThat(messages(() -> new ShiftCsvReader(SEOUL, IDS).read(new ByteArrayInputStream(bad), Path.of("shifts.csv"))))
                .containsExactly("shifts.csv:3: the line is not UTF-8 text; save the file as UTF-8 (in Excel: 'CSV UTF-8')");
    }

    @Test
    void problemsAreCappedAt100PerFile() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 150; i++) {
            csv.append("E009,2025-03-03T09:00,2025-03-03T18:00,,,\n");
        }
        List<String> problems = problems(csv.toString());
        assertThat(problems).hasSize(101);
        assertThat(problems.get(100)).isEqualTo("shifts.csv: stopped after 100 problems in this file; fix these and read it again");
    }

    @Test
    void readsAHundredThousandLines() throws IOException, InputException {
        Path file = dir.resolve("big.csv");
        int employees = 50;
        int perEmployee = 2_000;
        String[] ids = new String[employees];
        for (int e = 0; e < employees; e++) {
            ids[e] = String.format("E%04d", e);
        }
        LocalDate first = LocalDate.of(2020, 1, 1);
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write(HEADER);
            for (int day = 0; day < perEmployee; day++) {
                String date = first.plusDays(day).toString();
                String next = first.plusDays(day + 1).toString();
                for (int e = 0; e < employees; e++) {
                    if (e % 10 == 0) {
                        w.write(ids[e] + "," + date + "T22:00," + next + "T06:00,01:00-01:30,,\n");
                    } else {
                        w.write(ids[e] + "," + date + "T09:00," + date + "T18:00,12:00-13:00,,\n");
                    }
                }
            }
        }
        List<Shift> shifts = new ShiftCsvReader(SEOUL, Set.of(ids)).read(file);
        assertThat(shifts).hasSize(employees * perEmployee);
        assertThat(shifts.get(1).worked()).isEqualTo(Duration.ofHours(8));
        assertThat(shifts.get(0).worked()).isEqualTo(Duration.ofMinutes(450));
    }
}
