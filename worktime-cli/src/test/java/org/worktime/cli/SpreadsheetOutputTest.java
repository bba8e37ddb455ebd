package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.core.rule.Packs;

/** {@code --format xlsx} (check, pay, exempt, to a file only), {@code --bom}, and exempt's text with and without evidence. */
class SpreadsheetOutputTest {

    @Test
    void checkWritesAWorkbookToTheFileNamed(@TempDir Path folder) throws Exception {
        assumeTrue(Packs.find("KR").isPresent());
        Path file = folder.resolve("report.xlsx");
        Cli.Result result = Cli.run("check", Cli.dataset("over-52.yaml"), "--format", "xlsx", "--lang", "ko", "--output", file.toString());

        assertThat(result.out()).isEmpty();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("지적 사항", "지급 항목", "요약");
            Row header = book.getSheet("지적 사항").getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("사번");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("심각도");
            assertThat(book.getSheet("지적 사항").getRow(1).getCell(3).getStringCellValue()).isEqualTo("위반");
        }
        try (var temporaries = Files.list(folder)) {
            assertThat(temporaries.map(p -> p.getFileName().toString())).containsExactly("report.xlsx");
        }
    }

    @Test
    void aWorkbookNeedsAFileAndOneOfTheCommandsThatWriteIt() {
        Cli.Result noFile = Cli.run("check", Cli.dataset("over-52.yaml"), "--format", "xlsx");
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err()).contains("--format xlsx writes a workbook, not text: give the file with --output FILE.xlsx");
        Cli.Result rules = Cli.run("rules", "--format", "xlsx", "--output", "rules.xlsx");
        assertThat(rules.exitCode()).isEqualTo(2);
        assertThat(rules.err()).contains("--format xlsx is for check, pay and exempt: use text, json or csv");
        assertThat(Cli.run("rules", "--format", "xlsx", "--output", "rules.xlsx", "--lang", "ko").err())
                .contains("--format xlsx는 check, pay, exempt 전용입니다: text, json, csv 중 하나를 쓰십시오");
    }

    @Test
    void aCsvStartsWithAByteOrderMarkOnRequest(@TempDir Path folder) throws Exception {
        assumeTrue(Packs.find("KR").isPresent());
        Path file = folder.resolve("pay.csv");
        Cli.Result result = Cli.run("pay", Cli.dataset("over-52.yaml"), "--format", "csv", "--bom", "--output", file.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2], bytes[3]}).containsExactly(0xEF, 0xBB, 0xBF, 'e');
        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("\uFEFFemployeeId,employeeName,ruleId,kind,payClass,");
        Cli.Result text = Cli.run("pay", Cli.dataset("over-52.yaml"), "--bom");
        assertThat(text.exitCode()).isEqualTo(2);
        assertThat(text.err()).contains("--bom is for --format csv");
        Cli.Result japanese = Cli.run("pay", Cli.dataset("over-52.yaml"), "--bom", "--lang", "ja");
        assertThat(japanese.exitCode()).isEqualTo(2);
        assertThat(japanese.err()).contains("--bom は --format csv 専用です(バイトオーダーマークは CSV ファイルの先頭に付きます)");
    }

    @Test
    void exemptLeadsWithItsSummaryAndGivesTheEvidenceOnRequest() {
        assumeTrue(Packs.find("KR").isPresent());
        Cli.Result plain = Cli.run("exempt", Cli.dataset("kr-exempt.yaml"), "--on", "2026-03-10");
        assertThat(plain.exitCode()).as(plain.err()).isZero();
        List<String> lines = plain.out().lines().toList();
        assertThat(lines.get(2)).isEqualTo("Summary");
        assertThat(lines.get(3)).startsWith("  Regime  Exempt  Not exempt  Indeterminate  Name");
        assertThat(lines.get(4)).startsWith("  KR-LSA       2           1              0  ");
        assertThat(lines).last().isEqualTo("Each employee's tests and evidence: run again with --evidence.");
        assertThat(plain.out()).doesNotContain("KR-EX-63");

        Cli.Result withEvidence = Cli.run("exempt", Cli.dataset("kr-exempt.yaml"), "--on", "2026-03-10", "--evidence");
        assertThat(withEvidence.out()).contains("KR-EX-63").doesNotContain("run again with --evidence");
    }

    @Test
    void exemptWritesAWorkbookToo(@TempDir Path folder) throws Exception {
        assumeTrue(Packs.find("KR").isPresent());
        Path file = folder.resolve("exempt.xlsx");
        Cli.Result result = Cli.run("exempt", Cli.dataset("kr-exempt.yaml"), "--on", "2026-03-10", "--format", "xlsx", "--lang", "ja",
                "--output", file.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet summary = book.getSheet("概要");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("制度");
            assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("KR-LSA");
            assertThat(summary.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2.0);
            assertThat(book.getSheet("要件").getRow(0).getCell(0).getStringCellValue()).isEqualTo("従業員ID");
        }
    }
}
