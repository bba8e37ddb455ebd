package org.worktime.io.write;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;

/**
 * An Excel workbook of tables, one sheet per table, with typed cells: what a spreadsheet user sorts, sums and
 * filters. Each sheet has a bold header row, frozen, with an auto-filter, and columns sized to their content. Rows
 * are streamed (POI's SXSSF keeps a window of rows in memory), so a large report is not held whole.
 *
 * <p>A cell's Java type decides its Excel type and number format:
 * <ul>
 *   <li>{@code null}: an empty cell; {@link String}: text; a {@link Text}: rendered in the workbook's language;
 *   <li>{@link Integer}, {@link Long}, {@link BigDecimal}, {@link Double}: a number, as is;
 *   <li>{@link Boolean}: a boolean;
 *   <li>{@link LocalDate}: a date ({@code yyyy-mm-dd}); {@link LocalDateTime}: a date-time ({@code yyyy-mm-dd hh:mm});
 *   <li>{@link Duration}: a time in Excel's unit (days) shown as {@code [h]:mm}, so that a column of them sums;
 *   <li>{@link Money}: its amount, with the currency's grouping and minor unit and its code ({@code #,##0" KRW"},
 *       {@code #,##0.00" USD"}); {@link BigMoney} (an exact hourly base): the full amount, shown to the minor unit.
 * </ul>
 * Used by the report and exemption writers and by other modules' writers (the policy simulation): build with
 * {@link #create(Language)}, add sheets with {@link #sheet(String, String...)} and rows with {@link Sheet#row},
 * then {@link #write(OutputStream)} once. Not thread-safe.
 */
public final class XlsxWorkbook implements AutoCloseable {

    /** Rows kept in memory per sheet before they are flushed to the temporary file. */
    private static final int WINDOW = 200;
    /** The widest a column is sized to, in characters: longer text (a message) wraps in Excel on demand. */
    private static final int MAX_WIDTH = 60;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final Language language;
    private final List<Sheet> sheets = new ArrayList<>();
    private final Map<String, CellStyle> styles = new HashMap<>();
    private final CellStyle header;
    private boolean written;

    private XlsxWorkbook(Language language) {
        this.language = Objects.requireNonNull(language, "language");
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
    }

    /** An empty workbook whose {@link Text} cells are rendered in a language. */
    public static XlsxWorkbook create(Language language) {
        return new XlsxWorkbook(language);
    }

    /**
     * A new sheet with its header row.
     *
     * @param name    the sheet's name (made safe for Excel: at most 31 characters, none of {@code []:*?/\})
     * @param headers the column headers, in the reader's language
     */
    public Sheet sheet(String name, String... headers) {
        Sheet sheet = new Sheet(workbook.createSheet(WorkbookUtil.createSafeSheetName(name)), headers.length);
        sheet.header(headers);
        sheets.add(sheet);
        return sheet;
    }

    /** Writes the workbook, then frees its temporary files; once only. The stream is flushed, not closed. */
    public void write(OutputStream out) throws IOException {
        if (written) {
            throw new IllegalStateException("the workbook was written already");
        }
        written = true;
        for (Sheet sheet : sheets) {
            sheet.finish();
        }
        try {
            workbook.write(out);
            out.flush();
        } finally {
            workbook.dispose();
        }
    }

    @Override
    public void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }

    /** The number format of an amount in a currency: grouped, its minor unit, its code after. */
    static String moneyFormat(CurrencyUnit currency) {
        int places = Math.max(0, currency.getDecimalPlaces());
        return "#,##0" + (places == 0 ? "" : "." + "0".repeat(places)) + "\" " + currency.getCode() + "\"";
    }

    private CellStyle style(String format) {
        return styles.computeIfAbsent(format, f -> {
            DataFormat formats = workbook.createDataFormat();
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(formats.getFormat(f));
            return style;
        });
    }

    /** One table of the workbook. */
    public final class Sheet {

        private final SXSSFSheet sheet;
        private final int[] widths;
        private int next;

        private Sheet(SXSSFSheet sheet, int columns) {
            this.sheet = sheet;
            this.widths = new int[columns];
        }

        private void header(String[] headers) {
            Row row = sheet.createRow(next++);
            for (int c = 0; c < headers.length; c++) {
                Cell cell = row.createCell(c);
                cell.setCellValue(headers[c]);
                cell.setCellStyle(header);
                widen(c, headers[c]);
            }
            sheet.createFreezePane(0, 1);
        }

        /**
         * Adds a row: one value per column, typed as the class comment says.
         *
         * @throws IllegalArgumentException for more cells than columns, or a value of another type
         */
        public Sheet row(Object... cells) {
            if (cells.length > widths.length) {
                throw new IllegalArgumentException("expected at most " + widths.length + " cells, got " + cells.length);
            }
            Row row = sheet.createRow(next++);
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] != null) {
                    cell(row.createCell(c), c, cells[c]);
                }
            }
            return this;
        }

        private void cell(Cell cell, int column, Object value) {
            switch (value) {
                case String s -> {
                    cell.setCellValue(s);
                    widen(column, s);
                }
                case Text t -> {
                    String s = t.in(language);
                    cell.setCellValue(s);
                    widen(column, s);
                }
                case Boolean b -> cell.setCellValue(b);
                case Integer i -> number(cell, column, i.doubleValue(), i.toString());
                case Long l -> number(cell, column, l.doubleValue(), l.toString());
                case BigDecimal d -> number(cell, column, d.doubleValue(), d.toPlainString());
                case Double d -> number(cell, column, d, d.toString());
                case LocalDate d -> {
                    cell.setCellValue(d);
                    cell.setCellStyle(style("yyyy-mm-dd"));
                    widen(column, "0000-00-00");
                }
                case LocalDateTime t -> {
                    cell.setCellValue(t);
                    cell.setCellStyle(style("yyyy-mm-dd hh:mm"));
                    widen(column, "0000-00-00 00:00");
                }
                case Duration d -> {
                    cell.setCellValue(d.getSeconds() / 86_400d);
                    cell.setCellStyle(style("[h]:mm"));
                    widen(column, org.worktime.core.time.Durations.hoursAndMinutes(d.getSeconds()));
                }
                case Money m -> {
                    cell.setCellValue(m.getAmount().doubleValue());
                    cell.setCellStyle(style(moneyFormat(m.getCurrencyUnit())));
                    widen(column, Formats.amountCell(m) + " " + m.getCurrencyUnit().getCode());
                }
                case BigMoney m -> {
                    cell.setCellValue(m.getAmount().doubleValue());
                    cell.setCellStyle(style(moneyFormat(m.getCurrencyUnit())));
                    widen(column, Formats.hourlyCell(m) + " " + m.getCurrencyUnit().getCode());
                }
                default -> throw new IllegalArgumentException("no cell type for " + value.getClass().getName());
            }
        }

        private void number(Cell cell, int column, double value, String text) {
            cell.setCellValue(value);
            widen(column, text);
        }

        private void widen(int column, String text) {
            widths[column] = Math.min(MAX_WIDTH, Math.max(widths[column], Formats.width(text)));
        }

        private void finish() {
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.min(255, widths[c] + 2) * 256);
            }
            if (widths.length > 0) {
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, widths.length - 1));
            }
        }
    }
}
