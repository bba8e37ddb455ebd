package org.worktime.io.write;

import org.worktime.core.i18n.Language;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.finding.Basis;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Severity;
import org.worktime.core.finding.Text;
import org.worktime.core.report.EmployeeReport;
import org.worktime.core.report.Report;

class TextReportWriterTest {

    private static List<String> lines(Language language, ReportWriter.Mode mode) throws IOException {
        StringWriter out = new StringWriter();
        new TextReportWriter(language, mode).write(ReportFixture.report(), out);
        return out.toString().lines().toList();
    }

    @Test
    void englishCheckReportShowsFindingsPaySummaryAndTotals() throws IOException {
        assertThat(lines(Language.EN, ReportWriter.Mode.CHECK)).containsSubsequence(
                "Worktime check report",
                "Workplace     Hanbit Software (kr-team)",
                "Jurisdiction  KR",
                "Period        2025-03-03 to 2025-03-09",
                "As of         2025-03-10T09:00:00+09:00",
                "Employee E001 Kim Minji, worked 58:30 h",
                "  VIOLATION      KR-LSA-53-1  2025-03-03 to 2025-03-09  Weekly working hours above 52",
                "    Measured 58:30 h, limit 52:00 h",
                "    Worked 58:30 h in the week from 2025-03-03, 6:30 h above the limit.",
                "    Law: Labor Standards Act Art. 53(1) [Act No. 15513 (2018-03-20)]",
                "    Penalty: imprisonment up to 2 years or a fine up to KRW 20,000,000",
                "      (Labor Standards Act Art. 110)",
                "    Note: prosecuted regardless of the victim's wishes",
                "  Pay owed: 45,000 KRW",
                "    OVERTIME  2:30 h  45,000 KRW",
                "Employee E002 Lee Jun, worked 40:00 h",
                "  No findings",
                "  Pay owed: none",
                "Totals",
                "  Employees      2",
                "  Violations     1",
                "  Warnings       0",
                "  Indeterminate  0",
                "  Total owed     45,000 KRW");
    }

    @Test
    void koreanCheckReportTranslatesLabels() throws IOException {
        assertThat(lines(Language.KO, ReportWriter.Mode.CHECK)).containsSubsequence(
                "근로시간 점검 보고서",
                "사업장     Hanbit Software (kr-team)",
                "기간       2025-03-03 ~ 2025-03-09",
                "근로자 E001 Kim Minji, 근로시간 58:30 h",
                "  위반      KR-LSA-53-1  2025-03-03 ~ 2025-03-09  주 52시간 초과 근로",
                "    측정값 58:30 h, 한도 52:00 h",
                "    2025-03-03부터 한 주 동안 58:30시간 일해 한도를 6:30시간 넘었습니다.",
                "    벌칙: 2년 이하의 징역 또는 2천만원 이하의 벌금 (근로기준법 제110조)",
                "  지급액: 45,000 KRW",
                "  지적 사항 없음",
                "합계",
                "  위반       1",
                "  경고       0",
                "  판단불가   0",
                "  총 지급액  45,000 KRW");
    }

    @Test
    void japaneseReportIsJapaneseThroughoutExceptTheData() throws IOException {
        // The fixture's sentences are a user's words given in English and Korean only, so they fall back to English;
        // every heading and label is the io catalog's Japanese.
        assertThat(lines(Language.JA, ReportWriter.Mode.CHECK)).containsSubsequence(
                "労働時間点検報告書",
                "事業場        Hanbit Software (kr-team)",
                "法域          KR",
                "期間          2025-03-03～2025-03-09",
                "基準時点      2025-03-10T09:00:00+09:00",
                "従業員 E001 Kim Minji、労働時間 58:30",
                "  違反      KR-LSA-53-1  2025-03-03～2025-03-09  Weekly working hours above 52",
                "    測定値 58:30 h、上限 52:00 h",
                "  支払額: 45,000 KRW",
                "  指摘事項なし",
                "合計",
                "  従業員数    2",
                "  違反        1",
                "  警告        0",
                "  判断不能    0",
                "  支払額合計  45,000 KRW");
    }

    @Test
    void aPenaltyRepeatedOnOneEmployeesFindingsIsSaidOnce() throws IOException {
        Report base = ReportFixture.report();
        EmployeeReport kim = base.employees().get(0);
        Report report = new Report("KR", base.workplace(), base.period(), base.asOf(), List.of(new EmployeeReport(kim.employee(),
                kim.workedSeconds(), List.of(ReportFixture.violation(), ReportFixture.secondViolation()), kim.payLines())));
        StringWriter out = new StringWriter();
        new TextReportWriter(Language.EN, ReportWriter.Mode.CHECK).write(report, out);

        assertThat(out.toString().lines().toList()).containsSubsequence(
                "    Penalty: imprisonment up to 2 years or a fine up to KRW 20,000,000",
                "      (Labor Standards Act Art. 110)",
                "    Note: prosecuted regardless of the victim's wishes",
                "  VIOLATION      KR-LSA-53-1  2025-03-10 to 2025-03-16  Weekly working hours above 52",
                "    Penalty: as for KR-LSA-53-1 above (Labor Standards Act Art. 110)");
        assertThat(out.toString()).containsOnlyOnce("imprisonment up to 2 years").containsOnlyOnce("prosecuted regardless");
    }

    @Test
    void allowancesAreShownApartFromThePremiumsOwed() throws IOException {
        StringWriter check = new StringWriter();
        new TextReportWriter(Language.EN, ReportWriter.Mode.CHECK).write(ReportFixture.reportWithAllowance(), check);
        assertThat(check.toString().lines().toList()).containsSubsequence(
                "  Premiums owed: 45,000 KRW",
                "    OVERTIME  2:30 h  45,000 KRW",
                "  Allowances due (ordinary pay, not premiums): 96,000 KRW",
                "    WEEKLY_HOLIDAY_ALLOWANCE  8:00 h  96,000 KRW",
                "  Premiums owed   45,000 KRW",
                "  Allowances due  96,000 KRW");
        StringWriter pay = new StringWriter();
        new TextReportWriter(Language.KO, ReportWriter.Mode.PAY).write(ReportFixture.reportWithAllowance(), pay);
        assertThat(pay.toString().lines().toList()).containsSubsequence(
                "  2025-03-04  연장근로  2:30   1.5  12,000 KRW  45,000 KRW",
                "  2025-03-09  주휴수당  8:00     1  12,000 KRW  96,000 KRW",
                "  가산수당                                      45,000 KRW",
                "  수당                                          96,000 KRW");
    }

    @Test
    void payReportListsEachLineWithItsTotal() throws IOException {
        assertThat(lines(Language.EN, ReportWriter.Mode.PAY)).containsSubsequence(
                "Worktime pay report",
                "Employee E001 Kim Minji, worked 58:30 h",
                "  Date        Kind      Time  Rate  Hourly base      Amount",
                "  2025-03-04  OVERTIME  2:30   1.5   12,000 KRW  45,000 KRW",
                "  Total                                          45,000 KRW",
                "  Pay lines      1",
                "  Total owed     45,000 KRW");
        assertThat(lines(Language.KO, ReportWriter.Mode.PAY)).containsSubsequence(
                "  날짜        종류      시간  배율    통상시급      지급액",
                "  2025-03-04  OVERTIME  2:30   1.5  12,000 KRW  45,000 KRW");
    }

    @Test
    void payReportShowsWhatCannotBeDecidedButNotTheViolations() throws IOException {
        Finding undecided = new Finding("E001", "KR-LSA-56-1", Text.words("Overtime premium", "연장근로 가산수당", null), Severity.INDETERMINATE,
                LocalDateRange.ofClosed(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 5)), null, null,
                ReportFixture.overtime().citation(), null, Text.words("Cannot decide: no wage on file.", "판단 불가: 임금 정보 없음.", null), Basis.ACTUAL);
        Report base = ReportFixture.report();
        EmployeeReport kim = base.employees().get(0);
        Report report = new Report("KR", base.workplace(), base.period(), null, List.of(new EmployeeReport(kim.employee(),
                kim.workedSeconds(), List.of(ReportFixture.violation(), undecided), kim.payLines())));
        StringWriter out = new StringWriter();
        new TextReportWriter(Language.EN, ReportWriter.Mode.PAY).write(report, out);

        assertThat(out.toString().lines().toList()).containsSubsequence(
                "As of         not given: every shift in the data counts as worked, none as planned",
                "  2025-03-04  OVERTIME  2:30   1.5   12,000 KRW  45,000 KRW",
                "  INDETERMINATE  KR-LSA-56-1  2025-03-05  Overtime premium",
                "    Cannot decide: no wage on file.",
                "    Law: Labor Standards Act Art. 56(1) [Act No. 15513 (2018-03-20)]",
                "  Indeterminate  1");
        assertThat(out.toString()).doesNotContain("KR-LSA-53-1");
    }

    @Test
    void everyLineFitsOneHundredColumns() throws IOException {
        for (Language language : Language.values()) {
            for (ReportWriter.Mode mode : ReportWriter.Mode.values()) {
                assertThat(lines(language, mode)).allSatisfy(line -> assertThat(Formats.width(line)).isLessThanOrEqualTo(100));
            }
        }
    }
}
