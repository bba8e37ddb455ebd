package org.worktime.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.io.read.Fixtures.messages;
import static org.worktime.io.read.Fixtures.write;

import java.io.FileOutputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.core.domain.Shift;

/** Import profiles: the strict profile reader, and exports read through a profile (patterns, midnight, DST, breaks, XLSX, punches). */
class ImportProfileTest {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @TempDir
    Path dir;

    private static ImportProfile profile(String yaml) throws InputException {
        return ImportProfileReader.read(new StringReader(yaml), Path.of("p.yaml"));
    }

    private List<Shift> read(ImportProfile profile, String csv, ZoneId zone) throws InputException {
        Path file = write(dir, "export.csv", csv);
        return ShiftImport.read(profile, List.of(file), zone, null, false).shifts();
    }

    private static Instant at(String local, ZoneId zone) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    private static final String US_DATETIME = """
            name: us-datetime
            columns: {employee: Employee ID, start: In, end: Out}
            patterns: {dateTime: MM/dd/yyyy hh:mm a}
            """;

    @Test
    void twelveHourClockDateTimesIncludingMidnightAndNoon() throws Exception {
        List<Shift> shifts = read(profile(US_DATETIME), """
                Employee ID,In,Out
                U1,03/03/2026 09:00 AM,03/03/2026 12:30 pm
                U1,03/03/2026 10:00 PM,03/04/2026 12:00 AM
                """, LA);
        assertThat(shifts).extracting(Shift::start, Shift::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple(at("2026-03-03T09:00", LA), at("2026-03-03T12:30", LA)),
                org.assertj.core.groups.Tuple.tuple(at("2026-03-03T22:00", LA), at("2026-03-04T00:00", LA)));
    }

    @Test
    void aValueOutsideThePatternOrAnImpossibleDateIsNamedWithFileLineAndColumn() {
        assertThat(messages(() -> read(profile("""
                name: kr-slash
                columns: {employee: 사번, start: 출근, end: 퇴근}
                patterns: {dateTime: yyyy/MM/dd H:mm}
                """), """
                사번,출근,퇴근
                E1,2026/03/03 9:00,2026/03/03 18:00
                E1,2026-03-04 9:00,2026/03/04 18:00
                E1,2026/02/30 9:00,2026/02/30 18:00
                E1,2026/03/05 9:00,
                ,2026/03/06 9:00,2026/03/06 18:00
                E1,2026/03/07 9:00,2026/03/07 18:00,extra
                """, SEOUL))).containsExactly(
                "%s:3: field '출근': '2026-03-04 9:00' does not match the pattern yyyy/MM/dd H:mm".formatted(dir.resolve("export.csv")),
                "%s:4: field '출근': '2026/02/30 9:00' does not match the pattern yyyy/MM/dd H:mm (Invalid date 'FEBRUARY 30')".formatted(dir.resolve("export.csv")),
                "%s:4: field '퇴근': '2026/02/30 18:00' does not match the pattern yyyy/MM/dd H:mm (Invalid date 'FEBRUARY 30')".formatted(dir.resolve("export.csv")),
                "%s:5: field '퇴근': missing value: no clock-out".formatted(dir.resolve("export.csv")),
                "%s:6: field '사번': missing value: no employee id".formatted(dir.resolve("export.csv")),
                "%s:7: the line has 4 fields, but the header has 3 columns".formatted(dir.resolve("export.csv")));
    }

    private static final String DATE_AND_TIMES = """
            name: t
            columns: {employee: id, date: day, start: in, end: out, breaks: break}
            patterns: {date: yyyy-MM-dd, time: H:mm}
            overnight: %s
            breaks: {form: minutes, after: 4h}
            """;

    @Test
    void anEndBeforeTheStartIsTheNextDayWhenTheProfileSaysSoAndRefusedWhenItDoesNot() throws Exception {
        String csv = """
                id,day,in,out,break
                E1,2026-03-05,22:00,6:00,60
                E1,2026-03-06,9:00,9:00,0
                """;
        assertThat(messages(() -> read(profile(DATE_AND_TIMES.formatted("next-day")), csv, SEOUL))).containsExactly(
                dir.resolve("export.csv") + ":3: field 'out': the shift must end after it starts, but it ends at 2026-03-06T09:00 and starts at 2026-03-06T09:00");
        List<Shift> night = read(profile(DATE_AND_TIMES.formatted("next-day")), "id,day,in,out,break\nE1,2026-03-05,22:00,6:00,60\n", SEOUL);
        assertThat(night).singleElement().satisfies(s -> {
            assertThat(s.start()).isEqualTo(at("2026-03-05T22:00", SEOUL));
            assertThat(s.end()).isEqualTo(at("2026-03-06T06:00", SEOUL));
            assertThat(s.breaks()).singleElement().satisfies(b -> {
                assertThat(b.getStart()).isEqualTo(at("2026-03-06T02:00", SEOUL));
                assertThat(b.getEnd()).isEqualTo(at("2026-03-06T03:00", SEOUL));
            });
            assertThat(s.workedSeconds()).isEqualTo(7 * 3600);
        });
        assertThat(messages(() -> read(profile(DATE_AND_TIMES.formatted("refuse")), "id,day,in,out,break\nE1,2026-03-05,22:00,6:00,60\n", SEOUL)))
                .containsExactly(dir.resolve("export.csv") + ":2: field 'out': the end 06:00 is before the start 22:00 and the profile t says overnight: refuse");
    }

    private static final String UNPLACED = """
            name: t
            columns: {employee: id, date: day, start: in, end: out, breaks: break}
            patterns: {date: yyyy-MM-dd, time: H:mm}
            overnight: next-day
            breaks: {form: minutes, placement: none}
            """;

    @Test
    void breakMinutesWithPlacementNoneAreKeptWithoutTimesAndTakenOffTheHours() throws Exception {
        List<Shift> shifts = read(profile(UNPLACED), "id,day,in,out,break\nE1,2026-03-05,9:00,18:00,60\nE1,2026-03-06,22:00,6:00,45\n"
                + "E1,2026-03-07,9:00,13:00,\n", SEOUL);
        assertThat(shifts).hasSize(3);
        assertThat(shifts.get(0).breaks()).isEmpty();
        assertThat(shifts.get(0).unplacedBreakSeconds()).isEqualTo(3600);
        assertThat(shifts.get(0).workedSeconds()).isEqualTo(8 * 3600);
        assertThat(shifts.get(1).end()).isEqualTo(at("2026-03-07T06:00", SEOUL));
        assertThat(shifts.get(1).workedSeconds()).isEqualTo(7 * 3600 + 15 * 60);
        assertThat(shifts.get(2).hasUnplacedBreak()).isFalse();
        assertThat(shifts.get(2).workedSeconds()).isEqualTo(4 * 3600);
    }

    @Test
    void breakMinutesThatLeaveNoWorkAndAnUnknownPlacementAreRefused() {
        assertThat(messages(() -> read(profile(UNPLACED), "id,day,in,out,break\nE1,2026-03-05,9:00,10:00,60\n", SEOUL))).containsExactly(
                dir.resolve("export.csv") + ":2: field 'break': 60 min of break leave no work in the shift 2026-03-05T09:00 to"
                        + " 2026-03-05T10:00 (1 h)");
        assertThat(messages(() -> profile(UNPLACED.replace("placement: none", "placement: middle")))).containsExactly(
                "p.yaml:5: field 'breaks.placement': middle is not a break placement (expected none, or give breaks.at or breaks.after"
                        + " instead)");
        assertThat(messages(() -> profile(UNPLACED.replace("placement: none", "placement: none, after: 4h")))).hasSize(1);
    }

    @Test
    void daylightSavingTimeGapsAndOverlapsAreRefusedAndANightOverTheChangeLastsItsRealLength() throws Exception {
        ImportProfile us = ImportProfileReader.load("us-timeclock");
        String header = "Employee ID,Employee Name,Department,Date,In,Out,Hours\n";
        List<Shift> night = read(us, header + "U1,Ana,Eng,03/07/2026,10:00 PM,06:00 AM,7\n", LA);
        assertThat(night).singleElement().satisfies(s -> assertThat(s.spanSeconds()).isEqualTo(7 * 3600));
        List<String> problems = messages(() -> read(us, header
                + "U1,Ana,Eng,03/08/2026,02:30 AM,08:00 AM,\n"
                + "U1,Ana,Eng,11/01/2026,01:30 AM,09:00 AM,\n", LA));
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).startsWith(dir.resolve("export.csv") + ":2: field 'In': 2026-03-08T02:30 does not exist in America/Los_Angeles");
        assertThat(problems.get(1)).startsWith(dir.resolve("export.csv") + ":3: field 'In': 2026-11-01T01:30 is ambiguous in America/Los_Angeles");
    }

    @Test
    void minutesOfBreakAfterAFixedTimeFromTheStartCountElapsedTimeOverTheChange() throws Exception {
        List<Shift> shifts = read(profile(DATE_AND_TIMES.formatted("next-day")), "id,day,in,out,break\nE1,2026-03-07,22:00,7:00,60\n", LA);
        Shift s = shifts.get(0);
        assertThat(s.breaks()).singleElement().satisfies(b -> {
            assertThat(b.getStart()).isEqualTo(Instant.parse("2026-03-08T10:00:00Z")); // 22:00 PST + 4 h = 03:00 PDT
            assertThat(b.getEnd()).isEqualTo(Instant.parse("2026-03-08T11:00:00Z"));
        });
        assertThat(s.workedSeconds()).isEqualTo(7 * 3600); // 8 h of clock, 1 h of it lost to the change, 1 h of break
    }

    @Test
    void theHeaderMustHoldTheMappedColumnsAndNothingTheProfileDoesNotKnow() {
        assertThat(messages(() -> read(ImportProfileReader.load("kr-hr"), """
                사번,성명,근무 일자,출근,퇴근,휴게,메모
                E1,김,2026-03-02,9:00,18:00,60,
                """, SEOUL))).containsExactly(
                dir.resolve("export.csv") + ":1: field '근무 일자': a column the profile kr-hr does not know; did you mean 근무일자? (it maps 사번, 근무일자,"
                        + " 출근, 퇴근, 휴게; list a column under ignore: to skip it)",
                dir.resolve("export.csv") + ":1: field '메모': a column the profile kr-hr does not know (it maps 사번, 근무일자, 출근, 퇴근, 휴게; list a"
                        + " column under ignore: to skip it)",
                dir.resolve("export.csv") + ":1: field '근무일자': the profile kr-hr needs this column, missing from the header (header:"
                        + " 사번,성명,근무 일자,출근,퇴근,휴게,메모)");
    }

    @Test
    void theProfileReaderIsStrict() {
        assertThat(messages(() -> profile("""
                name: bad
                zone: Asia/Seol
                columns: {employee: id, date: day, start: in, end: out, breaks: in}
                patterns: {date: yyyy-MM, time: H:mm, dateTim: x}
                breaks: {form: minutes}
                colums: {}
                """))).containsExactly(
                "p.yaml:6: field 'colums': unknown key; did you mean columns? (known keys: name, description, kind, zone, encoding, columns,"
                        + " ignore, patterns, overnight, breaks, directions)",
                "p.yaml:2: field 'zone': unknown time zone Asia/Seol; did you mean Asia/Seoul? (use an IANA zone id such as Asia/Seoul)",
                "p.yaml:3: field 'columns': the column in is mapped twice; each column holds one thing",
                "p.yaml:4: field 'patterns.dateTim': unknown key; did you mean dateTime? (known keys: date, time, dateTime)",
                "p.yaml:4: field 'patterns.date': 'yyyy-MM' cannot be a date (year, month and day, e.g. yyyy/MM/dd): it does not give"
                        + " every part of one, or holds more (a zone name: the profile's zone says where local times are)",
                "p.yaml:1: field 'overnight': missing required key",
                "p.yaml:5: field 'breaks': minutes of break need one placement: breaks.at (a local time such as \"12:00\"), breaks.after"
                        + " (a time from the shift's start such as 4h) or breaks.placement: none (kept without a position; the rules that"
                        + " need the break's times cannot decide)");
    }

    @Test
    void aWorkbookIsReadLikeTheCsvWithDateTimeAndNumberCells() throws Exception {
        Path xlsx = dir.resolve("근태.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("근태");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle time = wb.createCellStyle();
            time.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("h:mm"));
            String[] header = {"사번", "성명", "근무일자", "출근", "퇴근", "휴게"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue(1001);
            r.createCell(1).setCellValue("김민지");
            r.createCell(2).setCellValue(LocalDateTime.parse("2026-03-05T00:00"));
            r.getCell(2).setCellStyle(date);
            r.createCell(3).setCellValue(22.0 / 24);
            r.getCell(3).setCellStyle(time);
            r.createCell(4).setCellValue(6.0 / 24);
            r.getCell(4).setCellStyle(time);
            r.createCell(5).setCellValue(60);
            Row text = sheet.createRow(2);
            String[] cells = {"1002", "이준호", "2026-03-05", "9:00", "18:00", "60"};
            for (int i = 0; i < cells.length; i++) {
                text.createCell(i).setCellValue(cells[i]);
            }
            try (FileOutputStream out = new FileOutputStream(xlsx.toFile())) {
                wb.write(out);
            }
        }
        List<Shift> fromXlsx = ShiftImport.read(ImportProfileReader.load("kr-hr"), List.of(xlsx), SEOUL, Set.of("1001", "1002"), false).shifts();
        List<Shift> fromCsv = read(ImportProfileReader.load("kr-hr"), """
                사번,성명,근무일자,출근,퇴근,휴게
                1001,김민지,2026-03-05,22:00,6:00,60
                1002,이준호,2026-03-05,9:00,18:00,60
                """, SEOUL);
        assertThat(fromXlsx).isEqualTo(fromCsv).hasSize(2);
    }

    @Test
    void punchesPairInTimeOrderAndAnUnmatchedPunchIsReportedOnItsLine() throws Exception {
        ImportProfile punches = ImportProfileReader.load("punches");
        List<Shift> shifts = read(punches, """
                employee,time,direction,device
                E1,2026-03-09 21:50,IN,gate
                E2,2026-03-09 09:00,출근,gate
                E1,2026-03-10 06:05,OUT,gate
                E2,2026-03-09 18:00,퇴근,gate
                """, SEOUL);
        assertThat(shifts).extracting(s -> s.employeeId() + " " + s.start() + " " + s.end()).containsExactlyInAnyOrder(
                "E1 2026-03-09T12:50:00Z 2026-03-09T21:05:00Z", "E2 2026-03-09T00:00:00Z 2026-03-09T09:00:00Z");
        String bad = """
                employee,time,direction,device
                E1,2026-03-09 09:00,IN,gate
                E1,2026-03-10 09:00,IN,gate
                E1,2026-03-10 18:00,OUT,gate
                E2,2026-03-10 18:00,OUT,gate
                E3,2026-03-10 08:00,IN,gate
                E3,2026-03-10 12:00,LUNCH,gate
                """;
        Path file = dir.resolve("export.csv");
        assertThat(messages(() -> read(punches, bad, SEOUL))).containsExactly(
                file + ":7: field 'direction': LUNCH is neither in (IN, 출근, 出勤) nor out (OUT, 퇴근, 退勤)",
                file + ":2: field 'direction': unmatched clock-in of E1 at 2026-03-09T09:00: the next punch, at line 3, is another clock-in;"
                        + " the clock-out is missing",
                file + ":5: field 'direction': unmatched clock-out of E2 at 2026-03-10T18:00: no clock-in before it",
                // Line 7 is not a punch, so E3's clock-in has nothing to pair with: reported, not guessed.
                file + ":6: field 'direction': unmatched clock-in of E3 at 2026-03-10T08:00: no clock-out after it");
        ShiftImport.Result quarantined = ShiftImport.read(punches, List.of(write(dir, "export.csv", bad)), SEOUL, null, true);
        assertThat(quarantined.shifts()).hasSize(1);
        Quarantine q = quarantined.quarantine();
        assertThat(q.read()).isEqualTo(6);
        assertThat(q.rejectedRows()).isEqualTo(4);
        assertThat(q.acceptedRows()).isEqualTo(2); // the pair of lines 3 and 4
        assertThat(q.incompleteEmployees()).containsExactly("E1", "E2", "E3");
    }

    @Test
    void aLargeFileTellsHowManyRowsAreReadEvery16384Rows() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("big"));
        write(folder, "workplace.yaml", Fixtures.WORKPLACE);
        write(folder, "employees.csv", Fixtures.EMPLOYEES);
        StringBuilder csv = new StringBuilder("employee,start,end\n");
        java.time.LocalDate day = java.time.LocalDate.of(2000, 1, 1);
        for (int i = 0; i < 40_000; i++) {
            csv.append(i % 2 == 0 ? "E001," : "E002,").append(day).append("T09:00,").append(day).append("T10:00\n");
            if (i % 2 == 1) {
                day = day.plusDays(1);
            }
        }
        write(folder, "shifts.csv", csv.toString());
        List<Long> told = new java.util.ArrayList<>();
        DatasetReader.Result result = DatasetReader.read(folder, new DatasetReader.Options(null, null, false, told::add));
        assertThat(told).containsExactly(16_384L, 32_768L);
        assertThat(result.dataset().shiftCount()).isEqualTo(40_000);
        assertThat(result.quarantine()).isNull();
    }

    @Test
    void punchesWrittenAsInstantsWithAnOffsetNeedNoZone() throws Exception {
        ImportProfile utc = profile("""
                name: utc-clock
                kind: punches
                columns: {employee: badge, time: timestamp, direction: type}
                patterns: {dateTime: "yyyy-MM-dd'T'HH:mm:ssXXX"}
                directions: {in: I, out: O}
                """);
        assertThat(utc.dateTime().offset()).isTrue();
        List<Shift> shifts = read(utc, """
                badge,timestamp,type
                B1,2026-03-09T00:00:00Z,I
                B1,2026-03-09T18:00:00+09:00,O
                """, SEOUL);
        assertThat(shifts).singleElement().satisfies(s -> {
            assertThat(s.start()).isEqualTo(at("2026-03-09T09:00", SEOUL));
            assertThat(s.end()).isEqualTo(at("2026-03-09T18:00", SEOUL));
        });
        // Across the fall-back night, instants are exact: no ambiguity, 9 h of clock from 21:00 PDT to 05:00 PST.
        List<Shift> night = read(utc, "badge,timestamp,type\nB1,2026-10-31T21:00:00-07:00,I\nB1,2026-11-01T05:00:00-08:00,O\n", LA);
        assertThat(night.get(0).spanSeconds()).isEqualTo(9 * 3600);
    }

    @Test
    void aProfileGivesTheEncodingOfExportsSavedByExcelAsPlainCsv() throws Exception {
        Charset ms949 = Charset.forName("MS949");
        Path file = dir.resolve("export.csv");
        Files.writeString(file, "사번,근무일자,출근,퇴근\nE1,2026-03-02,9:00,18:00\n", ms949);
        String yaml = """
                name: kr-ms949
                encoding: %s
                columns: {employee: 사번, date: 근무일자, start: 출근, end: 퇴근}
                patterns: {date: yyyy-MM-dd, time: H:mm}
                overnight: next-day
                """;
        assertThat(ShiftImport.read(profile(yaml.formatted("MS949")), List.of(file), SEOUL, null, false).shifts()).hasSize(1);
        assertThat(messages(() -> ShiftImport.read(profile(yaml.formatted("UTF-8")), List.of(file), SEOUL, null, false)))
                .singleElement().asString().startsWith(file + ":1: ").endsWith("(if the export is not UTF-8, give the profile its encoding, e.g. encoding: MS949)");
    }

    @Test
    void aPadLetterTheJdkCannotBuildIsAPatternProblemNotACrash() {
        // Found by fuzzing: DateTimeFormatterBuilder throws a ClassCastException for "yyy punches" (a pad before a field
        // it cannot pad, next to adjacent numbers).
        assertThat(messages(() -> profile("""
                name: p
                kind: punches
                columns: {employee: id, time: at, direction: dir}
                patterns: {dateTime: "yyy punches"}
                directions: {in: [IN], out: [OUT]}
                """))).containsExactly(
                "p.yaml:4: field 'patterns.dateTime': 'yyy punches' is not a date-time pattern: a pad letter 'p' must come before a"
                        + " field that can be padded");
    }
}
