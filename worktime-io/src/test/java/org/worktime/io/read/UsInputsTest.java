package org.worktime.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.io.read.Fixtures.messages;
import static org.worktime.io.read.Fixtures.write;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Attestation;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Earning;
import org.worktime.core.domain.Wage;

/** The inputs the US and Japan packs read: a week starting at an hour, salaries, shift rates, earnings, attestations. */
class UsInputsTest {

    @TempDir
    Path dir;

    private static final String WORKPLACE = """
            id: acme-la
            jurisdiction: US
            zone: America/Los_Angeles
            weekStart: SUNDAY
            weekStartTime: "06:00"
            attributes:
              us.state: CA
            """;

    private static final String EMPLOYEES = """
            id,name,wage_type,wage_amount,currency,salary_per,weekly_hours
            U1,Ana,salaried,182.70,USD,week,35
            U2,Ben,hourly,10.00,USD,,
            """;

    private static final String SHIFTS = """
            employee,start,end,breaks,rate
            U2,2025-03-03T08:00,2025-03-03T16:00,,8.00
            U2,2025-03-04T08:00,2025-03-04T16:00,,
            """;

    private static final String EARNINGS = """
            employee_id,kind,amount,currency,from,to,paid_on,attributes
            U2,bonus.nondiscretionary,3000.00,USD,2025-03-02,2025-05-10,2025-05-16,
            U1,allowance.attendance,500,USD,2025-03-01,2025-03-31,,per=day;uniform=true
            """;

    private static final String ATTESTATIONS = """
            employee_id,subject,holds,attested_by,attested_on,from,to,note
            U1,us.duties.executive,true,J. Kim (HR),2025-01-10,2025-01-01,,job description v3
            U2,us.fww.conditions,false,J. Kim (HR),2025-01-10,2025-01-01,2025-12-31,
            """;

    @Test
    void readsAllOfThemFromAFolder() throws InputException {
        write(dir, "workplace.yaml", WORKPLACE);
        write(dir, "employees.csv", EMPLOYEES);
        write(dir, "shifts.csv", SHIFTS);
        write(dir, "earnings.csv", EARNINGS);
        write(dir, "attestations.csv", ATTESTATIONS);
        Dataset d = DatasetReader.read(dir);
        assertThat(d.workplace().weekStart()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(d.workplace().weekStartTime()).isEqualTo(LocalTime.of(6, 0));
        assertThat(d.employee("U1").wage()).isEqualTo(new Wage.Salaried(Money.of(CurrencyUnit.USD, new BigDecimal("182.70")),
                Wage.SalaryPeriod.WEEK, new BigDecimal("35")));
        assertThat(d.shiftsOf("U2")).extracting(s -> s.rate()).containsExactly(Money.of(CurrencyUnit.USD, new BigDecimal("8.00")), null);
        assertThat(d.earningsOf("U1")).singleElement().satisfies(e -> assertThat(e.attributes())
                .isEqualTo(Map.of("per", "day", "uniform", "true")));
        assertThat(d.earningsOf("U2")).containsExactly(new Earning("U2", "bonus.nondiscretionary",
                Money.of(CurrencyUnit.USD, new BigDecimal("3000.00")), LocalDateRange.ofClosed(LocalDate.of(2025, 3, 2),
                        LocalDate.of(2025, 5, 10)), LocalDate.of(2025, 5, 16), Map.of()));
        assertThat(d.attestationsOf("U1")).containsExactly(new Attestation("U1", "us.duties.executive", true, "J. Kim (HR)",
                LocalDate.of(2025, 1, 10), LocalDateRange.ofUnboundedEnd(LocalDate.of(2025, 1, 1)), "job description v3"));
        assertThat(d.attestationsOf("U2")).singleElement().satisfies(a -> {
            assertThat(a.holds()).isFalse();
            assertThat(a.validity()).isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        });
    }

    @Test
    void readsThemFromABundle() throws InputException {
        Path bundle = write(dir, "bundle.yaml", """
                workplace:
                  id: acme-la
                  jurisdiction: US
                  zone: America/Los_Angeles
                  weekStart: SUNDAY
                  weekStartTime: "06:00"
                employees:
                  - id: U1
                    wage: {type: salaried, amount: 1560, currency: USD, per: month, weeklyHours: 40}
                shifts:
                  - {employee: U1, start: 2025-03-03T08:00, end: 2025-03-03T16:00, rate: 12.50}
                earnings:
                  - {employee: U1, kind: commission, amount: 120.00, currency: USD, from: 2025-03-02, to: 2025-03-08,
                     attributes: {guaranteed: "true"}}
                attestations:
                  - {employee: U1, subject: us.duties.computer, holds: true, attestedBy: CTO, attestedOn: 2025-02-01, from: 2025-01-01}
                """);
        Dataset d = DatasetReader.read(bundle);
        assertThat(d.employee("U1").wage().hourly().getAmount().setScale(2, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("9.00");
        assertThat(d.shiftsOf("U1").get(0).rate()).isEqualTo(Money.of(CurrencyUnit.USD, new BigDecimal("12.50")));
        assertThat(d.earningsOf("U1")).extracting(Earning::kind).containsExactly("commission");
        assertThat(d.earningsOf("U1").get(0).attributes()).isEqualTo(Map.of("guaranteed", "true"));
        assertThat(d.attestationsOf("U1")).extracting(Attestation::subject).containsExactly("us.duties.computer");
    }

    @Test
    void namesFileLineAndFieldOfEachMistakeAndReadsNothing() {
        write(dir, "workplace.yaml", WORKPLACE.replace("\"06:00\"", "\"6h\""));
        write(dir, "employees.csv", """
                id,name,wage_type,wage_amount,currency,salary_per,weekly_hours
                U1,Ana,salaried,182.70,USD,fortnight,
                U2,Ben,hourly,10.00,USD,,40
                U3,Cy,,,,,
                """);
        write(dir, "shifts.csv", """
                employee,start,end,breaks,rate
                U3,2025-03-03T08:00,2025-03-03T16:00,,8.00
                """);
        write(dir, "earnings.csv", """
                employee_id,kind,amount,currency,from,to,paid_on,attributes
                U9,bonus,10.00,USD,2025-03-02,2025-03-01,,
                U2,,x,USD,2025-03-02,2025-03-08,,per
                """);
        write(dir, "attestations.csv", """
                employee_id,subject,holds,attested_by,attested_on,from,to,note
                U1,us.duties.executive,maybe,,2025-01-10,2025-01-01,,
                """);
        Path w = dir.resolve("workplace.yaml");
        Path e = dir.resolve("employees.csv");
        Path s = dir.resolve("shifts.csv");
        Path earn = dir.resolve("earnings.csv");
        Path att = dir.resolve("attestations.csv");
        List<String> found = messages(() -> DatasetReader.read(dir));
        assertThat(found).containsExactly(
                w + ":5: field 'weekStartTime': 6h is not a time of day (expected HH:mm, e.g. 06:00)",
                e + ":2: field 'salary_per': fortnight is not a salary period (expected week, biweek, semimonth, month or year)",
                e + ":2: field 'weekly_hours': a salary needs the hours a week it pays for (e.g. 40)",
                e + ":3: field 'weekly_hours': only a salaried wage has weekly hours; leave it out for an hourly wage",
                s + ":2: field 'rate': the shift has its own rate, but employee U3 has no wage to give its currency; give the employee a wage",
                earn + ":2: field 'employee_id': unknown employee U9; did you mean U1?",
                earn + ":2: field 'to': the period ends (2025-03-01) before it starts (2025-03-02)",
                earn + ":3: field 'kind': missing value",
                earn + ":3: field 'amount': x is not a number",
                earn + ":3: field 'attributes': 'per' is not name=value (write e.g. per=day;uniform=true)",
                att + ":2: field 'holds': maybe is not true or false",
                att + ":2: field 'attested_by': missing value");
    }

    /** The rate column in a workbook: a number cell or a text cell, in the employee's wage currency. */
    @Test
    void readsShiftRatesFromAWorkbook() throws Exception {
        write(dir, "workplace.yaml", WORKPLACE);
        write(dir, "employees.csv", EMPLOYEES);
        ShiftXlsxReaderTest.workbook(dir, "shifts.xlsx",
                ShiftXlsxReaderTest.row("employee", "start", "end", "rate"),
                ShiftXlsxReaderTest.row("U2", "2025-03-03T08:00", "2025-03-03T16:00", 8.5),
                ShiftXlsxReaderTest.row("U2", "2025-03-04T08:00", "2025-03-04T16:00", "12.50"),
                ShiftXlsxReaderTest.row("U2", "2025-03-05T08:00", "2025-03-05T16:00", null));
        Dataset d = DatasetReader.read(dir);
        assertThat(d.shiftsOf("U2")).extracting(s -> s.rate()).containsExactly(Money.of(CurrencyUnit.USD, new BigDecimal("8.50")),
                Money.of(CurrencyUnit.USD, new BigDecimal("12.50")), null);
    }
}
