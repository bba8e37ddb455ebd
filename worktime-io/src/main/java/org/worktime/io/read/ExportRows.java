package org.worktime.io.read;

import org.worktime.core.finding.Text;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The rows of a foreign export, CSV or XLSX alike: the header's column names, then each row's cells with its line (for
 * XLSX the row number as Excel shows it). A CSV cell is text; an XLSX cell is text, a {@link LocalDateTime} (a date
 * cell), a {@link java.time.LocalTime} (a time-only cell) or a number written as text ({@code 60}).
 */
final class ExportRows {

    /** Receives the header once, then each row. */
    interface Sink {
        /** @return false to stop (the header has problems) */
        boolean header(List<String> names, int line);

        void row(int line, Cells cells);
    }

    /** One row's cells by column position; {@link #where} names a cell for messages ({@code Sheet1!C4: } or empty). */
    interface Cells {
        Object get(int column);

        int size();

        String where(int column);

        /** The number of fields a row must have (the header's, for CSV), or -1 when rows may be shorter (XLSX). */
        int expected();
    }

    private ExportRows() {
    }

    static boolean isWorkbook(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm");
    }

    /** Reads the file; problems about the file as a whole (missing, unreadable, empty) are reported, never thrown. */
    static void read(Path file, Charset encoding, Problems problems, Sink sink) {
        if (isWorkbook(file)) {
            readWorkbook(file, problems, sink);
        } else {
            readCsv(file, encoding, problems, sink);
        }
    }

    private static void readCsv(Path file, Charset encoding, Problems problems, Sink sink) {
        InputStream in = InputFiles.open(file, problems);
        if (in == null) {
            return;
        }
        try (Reader reader = new InputStreamReader(in, encoding)) {
            CsvRecords records = new CsvRecords(reader);
            if (!records.next()) {
                problems.add(file, 0, null, Text.of("io.read.export.empty"));
                return;
            }
            if (!sink.header(records.all(), records.line())) {
                return;
            }
            int columns = records.size();
            Cells cells = new Cells() {
                @Override
                public Object get(int column) {
                    return column < records.size() ? records.get(column) : "";
                }

                @Override
                public int size() {
                    return records.size();
                }

                @Override
                public String where(int column) {
                    return "";
                }

                @Override
                public int expected() {
                    return columns;
                }
            };
            while (records.next()) {
                if (problems.isFull(file)) {
                    return;
                }
                sink.row(records.line(), cells);
            }
        } catch (CsvRecords.FormatException e) {
            problems.add(file, e.line, null, encoding.name().equals("UTF-8") ? Text.of("io.read.export.give-encoding", "message", e.text()) : e.text());
        } catch (IOException e) {
            problems.ioFailure(file, e);
        }
    }

    private static void readWorkbook(Path file, Problems problems, Sink sink) {
        Text refusal = InputFiles.refusal(file);
        if (refusal != null) {
            problems.add(file, 0, null, refusal);
            return;
        }
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            if (workbook.getNumberOfSheets() == 0) {
                problems.add(file, 0, null, Text.of("io.read.xlsx.no-sheet"));
                return;
            }
            Sheet sheet = workbook.getSheetAt(0);
            boolean date1904 = workbook instanceof XSSFWorkbook x && x.isDate1904();
            String sheetRef = sheet.getSheetName().chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_')
                    ? sheet.getSheetName() : "'" + sheet.getSheetName().replace("'", "''") + "'";
            boolean headerSeen = false;
            for (Row row : sheet) {
                if (problems.isFull(file)) {
                    return;
                }
                List<Object> values = new ArrayList<>();
                boolean blank = true;
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Object value = value(row.getCell(c, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL), date1904);
                    blank &= value instanceof String s && s.isBlank();
                    values.add(value);
                }
                if (blank) {
                    continue;
                }
                int line = row.getRowNum() + 1;
                if (!headerSeen) {
                    headerSeen = true;
                    List<String> names = values.stream().map(v -> v instanceof String s ? s.trim() : String.valueOf(v)).toList();
                    int last = names.size();
                    while (last > 0 && names.get(last - 1).isEmpty()) {
                        last--;
                    }
                    if (!sink.header(names.subList(0, last), line)) {
                        return;
                    }
                    continue;
                }
                sink.row(line, new Cells() {
                    @Override
                    public Object get(int column) {
                        return column < values.size() ? values.get(column) : "";
                    }

                    @Override
                    public int size() {
                        return values.size();
                    }

                    @Override
                    public String where(int column) {
                        return sheetRef + "!" + new CellReference(line - 1, column).formatAsString(false) + ": ";
                    }

                    @Override
                    public int expected() {
                        return -1;
                    }
                });
            }
            if (!headerSeen) {
                problems.add(file, 0, null, Text.of("io.read.export.empty-sheet", "sheet", sheet.getSheetName()));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(file, 0, null, ShiftXlsxReader.unreadable(e));
        } catch (NoClassDefFoundError e) {
            problems.add(file, 0, null, ShiftXlsxReader.FOREIGN_COMPRESSION);
        }
    }

    private static Object value(Cell cell, boolean date1904) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case NUMERIC -> {
                double number = cell.getNumericCellValue();
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime local = DateUtil.getLocalDateTime(number, date1904, true);
                    yield number < 1 ? local.toLocalTime() : local;
                }
                BigDecimal exact = BigDecimal.valueOf(number).stripTrailingZeros();
                yield exact.scale() <= 0 ? exact.toBigInteger().toString() : exact.toPlainString();
            }
            case BLANK -> "";
            default -> new CellError();
        };
    }

    /** A cell holding an Excel error (#N/A, #VALUE!...). */
    record CellError() {
        @Override
        public String toString() {
            return "an Excel error";
        }
    }
}
