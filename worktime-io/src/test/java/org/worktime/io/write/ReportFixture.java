package org.worktime.io.write;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.ContractualHours;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.HeadcountPeriod;
import org.worktime.core.domain.Wage;
import org.worktime.core.domain.Workplace;
import org.worktime.core.domain.WorkplaceCalendar;
import org.worktime.core.finding.Basis;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Penalty;
import org.worktime.core.finding.Severity;
import org.worktime.core.finding.Text;
import org.worktime.core.pay.PayLine;
import org.worktime.core.report.EmployeeReport;
import org.worktime.core.report.Report;

/** A report built by hand: one employee with one violation and one pay line, one employee with nothing. */
final class ReportFixture {

    static final CurrencyUnit KRW = CurrencyUnit.of("KRW");

    private ReportFixture() {
    }

    static Workplace workplace() {
        return new Workplace("kr-team", "Hanbit Software", "KR", ZoneId.of("Asia/Seoul"), DayOfWeek.MONDAY,
                List.of(new HeadcountPeriod(LocalDate.of(2025, 1, 1), 12)), WorkplaceCalendar.standard(), List.of(), false, Map.of());
    }

    static Employee employee(String id, String name) {
        return new Employee(id, name, null, null, null, ContractualHours.fullTime(), new Wage.Hourly(Money.ofMajor(KRW, 12_000)),
                List.of(), null, Map.of());
    }

    static Finding violation() {
        return new Finding("E001", "KR-LSA-53-1",
                Text.words("Weekly working hours above 52", "주 52시간 초과 근로", null),
                Severity.VIOLATION,
                LocalDateRange.of(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 10)),
                Measure.seconds(58 * 3600 + 30 * 60),
                Measure.seconds(52 * 3600),
                new Citation("Labor Standards Act", "Art. 53(1)", "Act No. 15513 (2018-03-20)", "https://www.law.go.kr/LSW/lsInfoP.do?lsiSeq=0"),
                new Penalty(new Citation("Labor Standards Act", "Art. 110", "Act No. 15513 (2018-03-20)", ""),
                        Text.words("imprisonment up to 2 years or a fine up to KRW 20,000,000", "2년 이하의 징역 또는 2천만원 이하의 벌금", null),
                        Text.words("prosecuted regardless of the victim's wishes", "피해자의 의사와 관계없이 처벌", null)),
                Text.words("Worked 58:30 h in the week from 2025-03-03, 6:30 h above the limit.",
                        "2025-03-03부터 한 주 동안 58:30시간 일해 한도를 6:30시간 넘었습니다.", null),
                Basis.ACTUAL);
    }

    static PayLine overtime() {
        return new PayLine("E001", LocalDateRange.ofClosed(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 4)), "OVERTIME",
                2 * 3600 + 30 * 60, new BigDecimal("1.5"), BigMoney.ofMajor(KRW, 12_000), Money.ofMajor(KRW, 45_000), "KR-LSA-56-1",
                new Citation("Labor Standards Act", "Art. 56(1)", "Act No. 15513 (2018-03-20)", ""),
                Text.words("Time and a half for hours above 8 a day", "1일 8시간 초과 근로의 가산", null));
    }

    /** A second finding of E001 with the same penalty as {@link #violation()}: the text report says it once. */
    static Finding secondViolation() {
        Finding v = violation();
        return new Finding("E001", "KR-LSA-53-1", v.title(), Severity.VIOLATION,
                LocalDateRange.of(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 17)), Measure.seconds(55 * 3600), Measure.seconds(52 * 3600),
                v.citation(), v.penalty(), Text.words("Worked 55:00 h in the week from 2025-03-10, 3:00 h above the limit.",
                        "2025-03-10부터 한 주 동안 55:00시간 일해 한도를 3:00시간 넘었습니다.", null), Basis.ACTUAL);
    }

    /** A weekly holiday allowance of 8 h at 12,000 KRW: ordinary pay due, not a premium (in a pack that says so). */
    static PayLine allowance() {
        return new PayLine("E001", LocalDateRange.ofClosed(LocalDate.of(2025, 3, 9), LocalDate.of(2025, 3, 9)), "WEEKLY_HOLIDAY_ALLOWANCE",
                8 * 3600, BigDecimal.ONE, BigMoney.ofMajor(KRW, 12_000), Money.ofMajor(KRW, 96_000), "KR-LSA-55-1",
                new Citation("Labor Standards Act", "Art. 55(1)", "Act No. 15513 (2018-03-20)", ""), Text.empty());
    }

    /** The report of {@link #report()} in jurisdiction {@code ZZ} ({@link AllowancePack}), E001 with the allowance too. */
    static Report reportWithAllowance() {
        EmployeeReport kim = new EmployeeReport(employee("E001", "Kim Minji"), 58 * 3600 + 30 * 60, List.of(violation()),
                List.of(overtime(), allowance()));
        return new Report("ZZ", workplace(), LocalDateRange.ofClosed(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 9)),
                Instant.parse("2025-03-10T00:00:00Z"), List.of(kim));
    }

    static Report report() {
        EmployeeReport kim = new EmployeeReport(employee("E001", "Kim Minji"), 58 * 3600 + 30 * 60, List.of(violation()), List.of(overtime()));
        EmployeeReport lee = new EmployeeReport(employee("E002", "Lee Jun"), 40 * 3600, List.of(), List.of());
        return new Report("KR", workplace(), LocalDateRange.ofClosed(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 9)),
                Instant.parse("2025-03-10T00:00:00Z"), List.of(kim, lee));
    }
}
