package org.worktime.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.io.read.Fixtures.SEOUL;
import static org.worktime.io.read.Fixtures.messages;
import static org.worktime.io.read.Fixtures.seoul;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threeten.extra.Interval;
import org.worktime.core.domain.Shift;

class ShiftXlsxReaderTest {

    private static final Set<String> IDS = Set.of("E001", "E002", "1001");

    @TempDir
    Path dir;

    /** Writes a workbook whose first sheet is "Shifts"; each cell value is a String, LocalDateTime, Number or Boolean. */
    static Path workbook(Path dir, String name, Object[]... rows) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Sheet sheet = wb.createSheet("Shifts");
            wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("ignored");
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    continue;
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (v instanceof LocalDateTime t) {
                        cell.setCellValue(t);
                        cell.setCellStyle(dateTime);
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    static Object[] row(Object... cells) {
        return cells;
    }

    static final Object[] HEADER = row("employee", "start", "end", "breaks", "origin", "break_waiver");

    @Test
    void readsTextAndRealDateCells() throws IOException, InputException {
        Path file = workbook(dir, "shifts.xlsx",
                HEADER,
                row("E001", LocalDateTime.parse("2025-03-03T09:00"), LocalDateTime.parse("2025-03-03T18:00"), "12:00-13:00", null, null),
                null,
                row("E002", "2025-03-03T22:00", LocalDateTime.parse("2025-03-04T06:00"), "00:30-01:00", "PLANNED", true),
                row(1001, LocalDateTime.parse("2025-03-03T13:00"), "2025-03-03T17:00", null, null, false));
        List<Shift> shifts = new ShiftXlsxReader(SEOUL, IDS).read(file);
        assertThat(shifts).containsExactly(
                new Shift("E001", seoul("2025-03-03T09:00"), seoul("2025-03-03T18:00"),
                        List.of(Interval.of(seoul("2025-03-03T12:00"), seoul("2025-03-03T13:00"))), Shift.Origin.ACTUAL, false),
                new Shift("E002", seoul("2025-03-03T22:00"), seoul("2025-03-04T06:00"),
                        List.of(Interval.of(seoul("2025-03-04T00:30"), seoul("2025-03-04T01:00"))), Shift.Origin.PLANNED, true),
                Shift.of("1001", seoul("2025-03-03T13:00"), seoul("2025-03-03T17:00")));
    }

    @Test
    void problemsNameFileRowColumnAndCell() throws IOException {
        Path file = workbook(dir, "shifts.xlsx",
                null,
                row("employee", "start", "end"),
                row("E001", "2025-02-30T09:00", LocalDateTime.parse("2025-03-03T18:00")),
                row("E009", LocalDateTime.parse("2025-03-03T09:00"), 45719.75),
                row("E001", LocalDateTime.parse("2025-03-04T18:00"), LocalDateTime.parse("2025-03-04T09:00")));
        assertThat(messages(() -> new ShiftXlsxReader(SEOUL, IDS).read(file))).containsExactly(
                file + ":3: field 'start': Shifts!B3: 2025-02-30T09:00 is not a date-time (no February 30)",
                file + ":4: field 'end': Shifts!C4: a number (45719.75), not a date-time: format the cell as a date and time,"
                        + " or write text like 2025-03-03T09:00",
                file + ":5: field 'end': Shifts!C5: the shift must end after it starts, but it ends at 2025-03-04T09:00 and"
                        + " starts at 2025-03-04T18:00 (a shift that crosses midnight ends on the next date)");
    }

    @Test
    void unknownEmployeeAndOverlapsAcrossRows() throws IOException {
        Path file = workbook(dir, "shifts.xlsx",
                HEADER,
                row("E003", "2025-03-03T09:00", "2025-03-03T18:00"),
                row("E001", "2025-03-03T09:00", "2025-03-03T18:00"),
                row("E001", "2025-03-03T17:00", "2025-03-03T20:00"));
        assertThat(messages(() -> new ShiftXlsxReader(SEOUL, IDS).read(file))).containsExactly(
                file + ":2: field 'employee': Shifts!A2: unknown employee E003 (not in the employee list); did you mean E001?");
        Path clean = workbook(dir, "clean.xlsx",
                HEADER,
                row("E001", "2025-03-03T09:00", "2025-03-03T18:00"),
                row("E001", "2025-03-03T17:00", "2025-03-03T20:00"));
        assertThat(messages(() -> new ShiftXlsxReader(SEOUL, IDS).read(clean))).containsExactly(
                clean + ":3: the shift of E001 from 2025-03-03T17:00 to 2025-03-03T20:00 overlaps the shift at " + clean
                        + ":2 (2025-03-03T09:00 to 2025-03-03T18:00)");
    }

    @Test
    void headerProblemsAndUnreadableFiles() throws IOException {
        Path file = workbook(dir, "shifts.xlsx", row("employee", "begin", "end"));
        assertThat(messages(() -> new ShiftXlsxReader(SEOUL, IDS).read(file))).containsExactly(
                file + ":1: field 'begin': Shifts!B1: unknown column (known columns: employee, start, end, breaks, origin,"
                        + " break_waiver, notified_on, outside, rate, break_minutes)",
                file + ":1: field 'start': required column missing from the header row (header: employee,begin,end)");
        Path empty = workbook(dir, "empty.xlsx");
        assertThat(messages(() -> new ShiftXlsxReader(SEOUL, IDS).read(empty))).containsExactly(
                empty + ": the first sheet (Shifts) is empty (expected a header row: employee,start,end,breaks,origin,break_waiver,notified_on,outside,rate,break_minutes)");
        Path notExcel = Fixtures.write(dir, "fake.xlsx", "employee,start,end\n");
        assertThat(messages(() -> new ShiftXlsxReader(SEOUL, IDS).read(notExcel)))
                .singleElement().asString().startsWith(notExcel + ": not a readable Excel workbook (.xlsx): ");
    }

    @Test
    void readsFromAStream() throws IOException, InputException {
        Path file = workbook(dir, "shifts.xlsx", HEADER, row("E001", LocalDateTime.parse("2025-03-03T09:00"), "2025-03-03T18:00"));
        try (var in = Files.newInputStream(file)) {
            assertThat(new ShiftXlsxReader(SEOUL, IDS).read(in, Path.of("upload.xlsx"))).hasSize(1);
        }
    }
}
