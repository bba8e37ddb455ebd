package org.worktime.io.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.worktime.core.i18n.Language;

/** The workbook written and read back with POI: sheet names, headers in the language, typed cells and their formats. */
class XlsxReportWriterTest {

    private static XSSFWorkbook write(Language language, ReportWriter.Mode mode) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxReportWriter(language, mode, null).write(ReportFixture.reportWithAllowance(), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> names(XSSFWorkbook book) {
        List<String> names = new ArrayList<>();
        book.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<String> header(Sheet sheet) {
        List<String> cells = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> cells.add(cell.getStringCellValue()));
        return cells;
    }

    @Test
    void aKoreanCheckWorkbookHasASheetPerTableWithKoreanHeaders() throws IOException {
        try (XSSFWorkbook book = write(Language.KO, ReportWriter.Mode.CHECK)) {
            assertThat(names(book)).containsExactly("지적 사항", "지급 항목", "요약");
            assertThat(header(book.getSheet("지적 사항"))).containsExactly("사번", "근로자", "규칙", "심각도", "근거 기록", "시작일", "종료일",
                    "측정값", "한도", "단위", "제목", "내용", "법령", "조항", "법령 버전", "출처", "벌칙", "벌칙 조항", "벌칙 참고");
            assertThat(header(book.getSheet("지급 항목"))).containsExactly("사번", "근로자", "규칙", "종류", "종류 코드", "구분", "시작일",
                    "종료일", "시간", "배율", "통상시급", "지급액", "통화", "법령", "조항", "참고");

            Row finding = book.getSheet("지적 사항").getRow(1);
            assertThat(finding.getCell(3).getStringCellValue()).isEqualTo("위반");
            assertThat(DateUtil.isCellDateFormatted(finding.getCell(5))).isTrue();
            assertThat(finding.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 3));
            assertThat(finding.getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 9));
            // 58:30 h as Excel's fraction of a day, shown as [h]:mm.
            assertThat(finding.getCell(7).getNumericCellValue()).isEqualTo((58 * 60 + 30) / 1440d);
            assertThat(finding.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("[h]:mm");

            Row overtime = book.getSheet("지급 항목").getRow(1);
            assertThat(overtime.getCell(3).getStringCellValue()).isEqualTo("연장근로");
            assertThat(overtime.getCell(4).getStringCellValue()).isEqualTo("OVERTIME");
            assertThat(overtime.getCell(5).getStringCellValue()).isEqualTo("가산수당");
            assertThat(overtime.getCell(8).getNumericCellValue()).isEqualTo(150 / 1440d);
            assertThat(overtime.getCell(9).getNumericCellValue()).isEqualTo(1.5);
            Cell amount = overtime.getCell(11);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(45_000.0);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0\" KRW\"");
            assertThat(book.getSheet("지급 항목").getRow(2).getCell(5).getStringCellValue()).isEqualTo("수당");

            Sheet summary = book.getSheet("요약");
            assertThat(header(summary)).containsExactly("항목", "값");
            assertThat(summary.getRow(6).getCell(0).getStringCellValue()).isEqualTo("근로자 수");
            assertThat(summary.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(summary.getRow(11).getCell(0).getStringCellValue()).isEqualTo("가산수당 지급액");
            assertThat(summary.getRow(11).getCell(1).getNumericCellValue()).isEqualTo(45_000.0);
            assertThat(summary.getRow(12).getCell(0).getStringCellValue()).isEqualTo("수당 지급액");
            assertThat(summary.getRow(12).getCell(1).getNumericCellValue()).isEqualTo(96_000.0);
        }
    }

    @Test
    void aPayWorkbookLeadsWithThePayLinesInJapanese() throws IOException {
        try (XSSFWorkbook book = write(Language.JA, ReportWriter.Mode.PAY)) {
            assertThat(names(book)).containsExactly("支払明細", "指摘事項", "概要");
            assertThat(header(book.getSheet("指摘事項"))).startsWith("従業員ID", "従業員", "規則", "重大度");
            assertThat(book.getSheet("指摘事項").getRow(1).getCell(3).getStringCellValue()).isEqualTo("違反");
            assertThat(book.getSheet("支払明細").getRow(2).getCell(3).getStringCellValue()).isEqualTo("週休手当");
        }
    }

    @Test
    void moneyTakesItsCurrencysMinorUnit() {
        assertThat(XlsxWorkbook.moneyFormat(CurrencyUnit.of("KRW"))).isEqualTo("#,##0\" KRW\"");
        assertThat(XlsxWorkbook.moneyFormat(CurrencyUnit.USD)).isEqualTo("#,##0.00\" USD\"");
        assertThat(XlsxWorkbook.moneyFormat(CurrencyUnit.of("JPY"))).isEqualTo("#,##0\" JPY\"");
    }

    @Test
    void theSheetWriterTypesEveryCellItIsGiven() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWorkbook book = XlsxWorkbook.create(Language.EN)) {
            book.sheet("Options", "Option", "Fits", "Premium", "Hours").row("kr-ordinary", true, Money.of(CurrencyUnit.USD,
                    new java.math.BigDecimal("1234.5")), java.time.Duration.ofMinutes(90)).row(null, false);
            book.write(out);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row row = book.getSheet("Options").getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("kr-ordinary");
            assertThat(row.getCell(1).getBooleanCellValue()).isTrue();
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(1234.5);
            assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00\" USD\"");
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(90 / 1440d);
            assertThat(book.getSheet("Options").getRow(2).getCell(0)).isNull();
            assertThat(book.getSheet("Options").getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        }
    }
}
