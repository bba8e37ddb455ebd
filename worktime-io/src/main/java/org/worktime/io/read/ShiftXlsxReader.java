package org.worktime.io.read;

import org.worktime.core.finding.Text;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;
import org.worktime.core.domain.Shift;

/**
 * Reads shifts from the first sheet of an Excel workbook: a header row with the CSV column names
 * ({@code employee,start,end,breaks,origin,break_waiver}), then one shift per row. {@code start} and
 * {@code end} may be text ({@code 2025-03-03T09:00}) or real Excel date-time cells, read as local date-times in
 * the workplace zone. Problems name the row as Excel numbers it, the column and the cell ({@code Shifts!B5}).
 */
public final class ShiftXlsxReader {

    private final ZoneId zone;
    private final Set<String> employeeIds;
    private Map<String, org.joda.money.CurrencyUnit> currencies = Map.of();

    public ShiftXlsxReader(ZoneId zone) {
        this(zone, null);
    }

    /** @param employeeIds the known employee ids, or null to accept any */
    public ShiftXlsxReader(ZoneId zone, Set<String> employeeIds) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.employeeIds = employeeIds == null ? null : Set.copyOf(employeeIds);
    }

    /**
     * The wage currency of each employee, which a shift's own {@code rate} is stated in (as {@link
     * ShiftCsvReader#withCurrencies} takes it); without it a row with a rate is refused.
     */
    public ShiftXlsxReader withCurrencies(Map<String, org.joda.money.CurrencyUnit> byEmployee) {
        ShiftXlsxReader reader = new ShiftXlsxReader(zone, employeeIds);
        reader.currencies = Map.copyOf(byEmployee);
        return reader;
    }

    private ShiftBuilder builder() {
        return new ShiftBuilder(new ShiftTimes(zone), ShiftCsvReader.canonicalIds(employeeIds), ShiftCsvReader.EMPLOYEE_LIST).withCurrencies(currencies);
    }

    public List<Shift> read(Path file) throws InputException {
        Problems problems = new Problems();
        ShiftBatch batch = new ShiftBatch();
        ShiftBuilder builder = builder();
        readInto(file, builder, batch, problems);
        return finish(batch, builder, problems);
    }

    /** Reads a workbook from a stream (not closed); {@code name} is used in messages. */
    public List<Shift> read(InputStream in, Path name) throws InputException {
        Problems problems = new Problems();
        ShiftBatch batch = new ShiftBatch();
        ShiftBuilder builder = builder();
        try (Workbook workbook = WorkbookFactory.create(in)) {
            readInto(workbook, name, builder, batch, problems);
        } catch (IOException | RuntimeException e) {
            problems.add(name, 0, null, unreadable(e));
        } catch (NoClassDefFoundError e) {
            problems.add(name, 0, null, FOREIGN_COMPRESSION);
        }
        return finish(batch, builder, problems);
    }

    private static List<Shift> finish(ShiftBatch batch, ShiftBuilder builder, Problems problems) throws InputException {
        if (problems.isEmpty()) {
            batch.checkOverlaps(problems, builder.times());
        }
        problems.throwIfAny();
        return batch.shifts();
    }

    static void readInto(Path file, ShiftBuilder builder, ShiftBatch batch, Problems problems) {
        Text refusal = InputFiles.refusal(file);
        if (refusal != null) {
            problems.add(file, 0, null, refusal);
            return;
        }
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            readInto(workbook, file, builder, batch, problems);
        } catch (IOException | RuntimeException e) {
            problems.add(file, 0, null, unreadable(e));
        } catch (NoClassDefFoundError e) {
            problems.add(file, 0, null, FOREIGN_COMPRESSION);
        }
    }

    /**
     * A zip entry compressed with a method Excel never writes (Zstandard, XZ, ...): commons-compress, under POI, would
     * load that codec's optional library, which is absent, and fail with a NoClassDefFoundError (found by fuzzing).
     */
    static final Text FOREIGN_COMPRESSION = Text.of("io.read.xlsx.foreign-compression");

    /** A Java class name at the start of POI's messages ("org.apache.xmlbeans.XmlException: "): not for the user's eyes. */
    private static final java.util.regex.Pattern CLASS_NAME = java.util.regex.Pattern.compile(
            "(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)(?::\\s*|\\b)");

    /** Why the workbook cannot be read, in POI's words without the Java class names they carry. */
    static Text unreadable(Exception e) {
        String detail = null;
        for (Throwable t = e; t != null && detail == null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : CLASS_NAME.matcher(t.getMessage().lines().findFirst().orElse("")).replaceAll("");
            detail = message.isBlank() ? null : message.strip();
        }
        return detail == null ? Text.of("io.read.xlsx.unreadable-damaged") : Text.of("io.read.xlsx.unreadable", "detail", detail);
    }

    private static void readInto(Workbook workbook, Path file, ShiftBuilder builder, ShiftBatch batch, Problems problems) {
        int source = batch.addSource(file);
        if (workbook.getNumberOfSheets() == 0) {
            problems.add(file, 0, null, Text.of("io.read.xlsx.no-sheet"));
            return;
        }
        Sheet sheet = workbook.getSheetAt(0);
        boolean date1904 = workbook instanceof XSSFWorkbook x && x.isDate1904();
        int sharedStrings = workbook instanceof XSSFWorkbook x ? x.getSharedStringSource().getCount() : Integer.MAX_VALUE;
        String sheetRef = sheetReference(sheet.getSheetName());
        Map<String, Integer> columns = null;
        for (Row row : sheet) {
            if (problems.isFull(file)) {
                return;
            }
            int rowNumber = row.getRowNum() + 1;
            if (isBlank(row, sharedStrings)) {
                continue;
            }
            if (columns == null) {
                columns = header(row, file, sheetRef, problems, sharedStrings);
                if (columns == null) {
                    return;
                }
                continue;
            }
            CellReport report = new CellReport(problems, file, sheetRef, rowNumber, columns);
            Object employee = value(row, columns.get("employee"), false, report, ShiftBuilder.Field.EMPLOYEE, date1904, sharedStrings);
            batch.rowRead(file, rowNumber, employee == null ? "" : employee.toString());
            Object start = value(row, columns.get("start"), true, report, ShiftBuilder.Field.START, date1904, sharedStrings);
            Object end = value(row, columns.get("end"), true, report, ShiftBuilder.Field.END, date1904, sharedStrings);
            Object breaks = value(row, columns.get("breaks"), false, report, ShiftBuilder.Field.BREAKS, date1904, sharedStrings);
            Object origin = value(row, columns.get("origin"), false, report, ShiftBuilder.Field.ORIGIN, date1904, sharedStrings);
            Object waiver = value(row, columns.get("break_waiver"), false, report, ShiftBuilder.Field.BREAK_WAIVER, date1904, sharedStrings);
            Object notified = value(row, columns.get("notified_on"), true, report, ShiftBuilder.Field.NOTIFIED_ON, date1904, sharedStrings);
            Object outside = value(row, columns.get("outside"), false, report, ShiftBuilder.Field.OUTSIDE, date1904, sharedStrings);
            Object rate = value(row, columns.get("rate"), false, report, ShiftBuilder.Field.RATE, date1904, sharedStrings);
            Object breakMinutes = value(row, columns.get("break_minutes"), false, report, ShiftBuilder.Field.BREAK_MINUTES, date1904,
                    sharedStrings);
            if (report.failed) {
                continue;
            }
            Shift shift = builder.build((String) employee, start, end, ShiftBuilder.splitBreaks((String) breaks),
                    (String) origin, (String) waiver, notified, (String) outside, (String) rate, (String) breakMinutes, report);
            if (shift != null) {
                batch.add(shift, source, rowNumber);
            }
        }
        if (columns == null) {
            problems.add(file, 0, null, Text.of("io.read.xlsx.empty-sheet", "sheet", sheet.getSheetName(),
                    "header", String.join(",", ShiftCsvReader.COLUMNS)));
        }
    }

    private static String sheetReference(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isLetterOrDigit(name.charAt(i)) && name.charAt(i) != '_') {
                return "'" + name.replace("'", "''") + "'";
            }
        }
        return name;
    }

    private static boolean isBlank(Row row, int sharedStrings) {
        for (Cell cell : row) {
            if (damagedSharedString(cell, sharedStrings) != null) {
                return false; // reported where the cell is read, without POI's log of the bad index
            }
            if (cell.getCellType() != CellType.BLANK
                    && !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank())) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Integer> header(Row row, Path file, String sheetRef, Problems problems, int sharedStrings) {
        int line = row.getRowNum() + 1;
        Map<String, Integer> columns = new HashMap<>();
        List<String> names = new ArrayList<>();
        boolean ok = true;
        for (Cell cell : row) {
            String ref = sheetRef + "!" + new CellReference(line - 1, cell.getColumnIndex()).formatAsString(false);
            if (cell.getCellType() == CellType.BLANK) {
                continue;
            }
            if (cell.getCellType() != CellType.STRING) {
                problems.add(file, line, null, Text.of("io.read.problem.at-cell", "cell", ref, "message", Text.of("io.read.xlsx.header-not-text")));
                ok = false;
                continue;
            }
            Text damaged = damagedSharedString(cell, sharedStrings);
            if (damaged != null) {
                problems.add(file, line, null, Text.of("io.read.problem.at-cell", "cell", ref, "message", damaged));
                ok = false;
                continue;
            }
            String name = cell.getStringCellValue().trim();
            if (name.isEmpty()) {
                continue;
            }
            names.add(name);
            if (!ShiftCsvReader.COLUMNS.contains(name)) {
                String near = Values.closest(name, ShiftCsvReader.COLUMNS);
                problems.add(file, line, name, Text.of("io.read.problem.at-cell", "cell", ref, "message", Text.of("io.read.columns.unknown",
                        "hint", Hints.didYouMean(near), "known", String.join(", ", ShiftCsvReader.COLUMNS))));
                ok = false;
            } else if (columns.putIfAbsent(name, cell.getColumnIndex()) != null) {
                problems.add(file, line, name, Text.of("io.read.problem.at-cell", "cell", ref, "message", Text.of("io.read.columns.twice")));
                ok = false;
            }
        }
        for (String name : ShiftCsvReader.REQUIRED) {
            if (!columns.containsKey(name)) {
                problems.add(file, line, name, Text.of("io.read.columns.missing", "kind", "row", "header", String.join(",", names)));
                ok = false;
            }
        }
        return ok ? columns : null;
    }

    /** A cell as text, or as a {@link LocalDateTime} for a date cell where {@code dateAllowed}; "" when blank. */
    private static Object value(Row row, Integer column, boolean dateAllowed, CellReport report, ShiftBuilder.Field field,
            boolean date1904, int sharedStrings) {
        if (column == null) {
            return "";
        }
        Cell cell = row.getCell(column, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case STRING: {
                Text damaged = damagedSharedString(cell, sharedStrings);
                if (damaged != null) {
                    report.problem(field, damaged);
                    report.failed = true;
                    return null;
                }
                return cell.getStringCellValue();
            }
            case BOOLEAN:
                return Boolean.toString(cell.getBooleanCellValue());
            case BLANK:
                return "";
            case NUMERIC: {
                double number = cell.getNumericCellValue();
                if (DateUtil.isCellDateFormatted(cell)) {
                    if (!dateAllowed) {
                        report.problem(field, Text.of("io.read.xlsx.date-cell"));
                        report.failed = true;
                        return null;
                    }
                    if (number < 1) {
                        report.problem(field, Text.of("io.read.xlsx.time-without-date"));
                        report.failed = true;
                        return null;
                    }
                    if (!DateUtil.isValidExcelDate(number)) {
                        report.problem(field, Text.of("io.read.xlsx.bad-date", "number", Double.toString(number)));
                        report.failed = true;
                        return null;
                    }
                    return DateUtil.getLocalDateTime(number, date1904, true);
                }
                if (dateAllowed) {
                    report.problem(field, Text.of("io.read.xlsx.number-not-date-time", "number",
                            BigDecimal.valueOf(number).stripTrailingZeros().toPlainString()));
                    report.failed = true;
                    return null;
                }
                BigDecimal exact = BigDecimal.valueOf(number).stripTrailingZeros();
                return exact.scale() <= 0 ? exact.toBigInteger().toString() : exact.toPlainString();
            }
            default:
                report.problem(field, Text.of("io.read.xlsx.error-cell"));
                report.failed = true;
                return null;
        }
    }

    /**
     * Why a text cell's shared-string index points outside the workbook's table, or null when it does not. POI would log
     * two stack traces and read the cell as blank ("missing value"), which misleads: the file is damaged.
     */
    static Text damagedSharedString(Cell cell, int sharedStrings) {
        if (!(cell instanceof XSSFCell x) || x.getCTCell().getT() != STCellType.S) {
            return null;
        }
        String index = x.getCTCell().getV();
        boolean inRange;
        try {
            int i = Integer.parseInt(index == null ? "" : index.trim());
            inRange = i >= 0 && i < sharedStrings;
        } catch (NumberFormatException e) {
            inRange = false;
        }
        return inRange ? null : Text.of("io.read.xlsx.damaged-shared-string", "index", Values.abbreviate(String.valueOf(index)),
                "count", sharedStrings);
    }

    private static final class CellReport implements ShiftBuilder.Report {
        private final Problems problems;
        private final Path file;
        private final String sheetRef;
        private final int rowNumber;
        private final Map<String, Integer> columns;
        boolean failed;

        CellReport(Problems problems, Path file, String sheetRef, int rowNumber, Map<String, Integer> columns) {
            this.problems = problems;
            this.file = file;
            this.sheetRef = sheetRef;
            this.rowNumber = rowNumber;
            this.columns = columns;
        }

        @Override
        public void problem(ShiftBuilder.Field field, Text message) {
            Integer column = field == null ? null : columns.get(field.column);
            problems.add(file, rowNumber, field == null ? null : field.column, column == null ? message
                    : Text.of("io.read.problem.at-cell", "cell", sheetRef + "!" + CellReference.convertNumToColString(column) + rowNumber,
                            "message", message));
        }
    }
}
