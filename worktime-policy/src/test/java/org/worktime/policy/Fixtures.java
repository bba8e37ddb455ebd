package org.worktime.policy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.domain.Attestation;
import org.worktime.core.domain.ContractualHours;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.HeadcountPeriod;
import org.worktime.core.domain.Shift;
import org.worktime.core.domain.Wage;
import org.worktime.core.domain.Workplace;
import org.worktime.core.domain.WorkplaceCalendar;
import org.worktime.io.read.InputException;
import org.worktime.kr.KoreanPack;

/** Small builders shared by the policy tests. */
final class Fixtures {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final KoreanPack PACK = new KoreanPack();
    static final CurrencyUnit KRW = CurrencyUnit.of("KRW");

    private Fixtures() {
    }

    static PolicyExemptionTest example(String name) {
        try {
            return PolicyFiles.read(examples().resolve(name), PACK);
        } catch (InputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static Path examples() {
        Path p = Path.of("examples/policies");
        return p.toFile().isDirectory() ? p : Path.of("../examples/policies");
    }

    static Workplace workplace(String industry, List<Agreement> agreements) {
        return new Workplace("lab", "Lab", "KR", SEOUL, DayOfWeek.MONDAY, List.of(new HeadcountPeriod(LocalDate.of(2020, 1, 1), 150)),
                WorkplaceCalendar.standard(), agreements, false, industry == null ? Map.of() : Map.of("industry", industry));
    }

    static Employee employee(String id, Wage wage, String jobFamily, LocalDate hired) {
        return new Employee(id, id, LocalDate.of(1990, 1, 1), hired, null, ContractualHours.fullTime(), wage, List.of(), null,
                jobFamily == null ? Map.of() : Map.of("jobFamily", jobFamily));
    }

    static Wage.Monthly monthly(long won) {
        return new Wage.Monthly(Money.ofMajor(KRW, won), BigDecimal.valueOf(209));
    }

    static Wage.Salaried yearly(String currency, String amount) {
        return new Wage.Salaried(Money.of(CurrencyUnit.of(currency), new BigDecimal(amount)), Wage.SalaryPeriod.YEAR, BigDecimal.valueOf(40));
    }

    static Attestation consent(String employeeId, String subject, boolean holds) {
        return new Attestation(employeeId, subject, holds, "HR (Park)", LocalDate.of(2026, 12, 1),
                LocalDateRange.of(LocalDate.of(2026, 12, 1), LocalDate.of(2028, 1, 1)), "signed form");
    }

    static Shift shift(String employeeId, String start, String end) {
        return Shift.of(employeeId, LocalDateTime.parse(start).atZone(SEOUL).toInstant(), LocalDateTime.parse(end).atZone(SEOUL).toInstant());
    }
}
