package org.worktime.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.io.read.Fixtures.messages;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.ContractualHours;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Exclusion;
import org.worktime.core.domain.StatusPeriod;
import org.worktime.core.domain.Wage;

class EmployeeReaderTest {

    private static final Money KRW_3_500_000 = Money.ofMajor(CurrencyUnit.of("KRW"), 3_500_000);

    static final List<Employee> SMALL_TEAM = List.of(
            new Employee("E001", "Kim Minji", LocalDate.of(1990, 4, 1), LocalDate.of(2020, 3, 2), LocalDate.of(2026, 12, 31),
                    ContractualHours.fullTime(), new Wage.Monthly(KRW_3_500_000, new BigDecimal("209")),
                    List.of(new StatusPeriod("PREGNANT", LocalDateRange.ofClosed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 9, 30)))),
                    null, Map.of("jobFamily", "research")),
            new Employee("E002", "Lee Junho", null, null, null,
                    new ContractualHours(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), 450),
                    new Wage.Hourly(Money.ofMajor(CurrencyUnit.of("KRW"), 12_000)), List.of(),
                    new Exclusion("MANAGERIAL_CONFIDENTIAL", LocalDate.of(2025, 1, 1)), Map.of()),
            new Employee("E003", null, null, null, null, ContractualHours.fullTime(), null, null, null, null));

    private static List<String> yamlProblems(String yaml) {
        return messages(() -> EmployeeReader.readYaml(new StringReader(yaml), Path.of("employees.yaml")));
    }

    private static List<String> csvProblems(String csv) {
        return messages(() -> EmployeeReader.readCsv(new StringReader(csv), Path.of("employees.csv")));
    }

    @Test
    void readsYaml() throws InputException {
        assertThat(EmployeeReader.read(Fixtures.dataset("small-team/employees.yaml"))).isEqualTo(SMALL_TEAM);
    }

    @Test
    void readsCsv() throws InputException {
        List<Employee> employees = EmployeeReader.read(Fixtures.dataset("small-team-csv/employees.csv"));
        assertThat(employees.get(0)).isEqualTo(with(SMALL_TEAM.get(0), "Kim Minji", Map.of()));
        assertThat(employees.get(1)).isEqualTo(with(SMALL_TEAM.get(1), "Lee, Junho", Map.of()));
        assertThat(employees.get(2)).isEqualTo(SMALL_TEAM.get(2));
    }

    private static Employee with(Employee e, String name, Map<String, String> attributes) {
        return new Employee(e.id(), name, e.birthDate(), e.hireDate(), e.endDate(), e.contractualHours(), e.wage(),
                e.statuses(), e.exclusion(), attributes);
    }

    @Test
    void csvAttributeColumnsAndOpenEndedStatuses() throws InputException {
        List<Employee> employees = EmployeeReader.readCsv(new StringReader("""
                id,statuses,attr.team,attr.site,daily_hours,workdays
                E001,POSTPARTUM:2025-03-01..;PREGNANT:2024-06-01..2025-02-28,qa,,7.5,MON-WED;FRI
                """), Path.of("employees.csv"));
        Employee e = employees.get(0);
        assertThat(e.statuses()).containsExactly(
                new StatusPeriod("POSTPARTUM", LocalDateRange.ofUnboundedEnd(LocalDate.of(2025, 3, 1))),
                new StatusPeriod("PREGNANT", LocalDateRange.ofClosed(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 2, 28))));
        assertThat(e.attributes()).isEqualTo(Map.of("team", "qa"));
        assertThat(e.contractualHours()).isEqualTo(new ContractualHours(
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), 450));
    }

    @Test
    void duplicateIdsNameTheFirstLine() {
        assertThat(csvProblems("id,name\nE001,A\nE002,B\nE001,C\n")).containsExactly(
                "employees.csv:4: field 'id': employee id E001 appears twice (first on line 2)");
        assertThat(yamlProblems("employees:\n  - id: E001\n  - id: E001\n")).containsExactly(
                "employees.yaml:3: field 'employees[1].id': employee id E001 appears twice (first on line 2)");
    }

    @Test
    void moneyMustFitTheCurrency() {
        assertThat(csvProblems("""
                id,wage_type,wage_amount,currency,monthly_hours
                E001,monthly,3500000.5,KRW,209
                E002,hourly,12.345,USD,
                E003,hourly,12000,KRX,
                E004,monthly,3500000,KRW,
                E005,hourly,12000,KRW,209
                E006,daily,100000,KRW,
                E007,,12000,KRW,
                E008,hourly,-5,KRW,
                """)).containsExactly(
                "employees.csv:2: field 'wage_amount': 3500000.5 has more decimals than KRW allows (0)",
                "employees.csv:3: field 'wage_amount': 12.345 has more decimals than USD allows (2)",
                "employees.csv:4: field 'currency': KRX is not a known ISO 4217 currency code (e.g. KRW, USD, JPY)",
                "employees.csv:5: field 'monthly_hours': a monthly wage needs the monthly hours it pays for (e.g. 209)",
                "employees.csv:6: field 'monthly_hours': only a monthly wage has monthly hours; leave it out for an hourly wage",
                "employees.csv:7: field 'wage_type': daily is not a wage type (expected monthly, hourly or salaried)",
                "employees.csv:8: field 'wage_type': missing wage type (monthly, hourly or salaried)",
                "employees.csv:9: field 'wage_amount': -5 is not positive");
    }

    @Test
    void trailingZerosWithinTheCurrencyAreFine() throws InputException {
        List<Employee> employees = EmployeeReader.readCsv(new StringReader(
                "id,wage_type,wage_amount,currency,monthly_hours\nE001,monthly,3500000.00,KRW,209.5\n"), Path.of("e.csv"));
        assertThat(employees.get(0).wage()).isEqualTo(new Wage.Monthly(KRW_3_500_000, new BigDecimal("209.5")));
    }

    @Test
    void yamlValueProblems() {
        assertThat(yamlProblems("""
                employees:
                  - id: E001
                    birthDate: 1990-02-30
                    hireDate: 2020-03-02
                    endDate: 2019-12-31
                    contract: {workdays: MON-FRY, dailyHours: 8hours}
                    wage: {type: monthly, amount: 3500000, currency: KRW}
                    statuses: [{status: PREGNANT, from: 2026-01-01, to: 2025-12-31}]
                    exclusion: {approvedOn: 2025-01-01}
                    salary: 1
                  - name: No Id
                """)).containsExactly(
                "employees.yaml:10: field 'employees[0].salary': unknown key (known keys: id, name, birthDate, hireDate,"
                        + " endDate, contract, wage, statuses, exclusion, attributes)",
                "employees.yaml:3: field 'employees[0].birthDate': 1990-02-30 is not a date (no February 30)",
                "employees.yaml:5: field 'employees[0].endDate': the last day 2019-12-31 is before the hire date 2020-03-02",
                "employees.yaml:6: field 'employees[0].contract.workdays': MON-FRY are not working days (expected e.g. MON-FRI"
                        + " or MON,TUE,THU)",
                "employees.yaml:6: field 'employees[0].contract.dailyHours': 8hours is not a number of hours (expected e.g. 8h,"
                        + " 7h30min or 4h)",
                "employees.yaml:7: field 'employees[0].wage.monthlyHours': a monthly wage needs the monthly hours it pays for"
                        + " (e.g. 209)",
                "employees.yaml:8: field 'employees[0].statuses[0].to': the period ends (2025-12-31) before it starts (2026-01-01)",
                "employees.yaml:9: field 'employees[0].exclusion.category': missing required key",
                "employees.yaml:11: field 'employees[1].id': missing required key");
    }

    @Test
    void csvValueProblems() {
        assertThat(csvProblems("""
                id,name,birth_date,daily_hours,statuses,exclusion_approved_on,nmae
                """)).containsExactly(
                "employees.csv:1: field 'nmae': unknown column; did you mean name? (known columns: id, name, birth_date,"
                        + " hire_date, end_date, workdays, daily_hours, wage_type, wage_amount, currency, monthly_hours, salary_per, weekly_hours,"
                        + " exclusion, exclusion_approved_on, statuses)");
        assertThat(csvProblems("""
                id,name,birth_date,daily_hours,statuses,exclusion_approved_on
                ,Nobody,,,,
                E001,A,1990-4-1,25h,PREGNANT 2026-01-01..2026-09-30,2025-01-01
                """)).containsExactly(
                "employees.csv:2: field 'id': missing value",
                "employees.csv:3: field 'birth_date': 1990-4-1 is not a date (expected yyyy-MM-dd, e.g. 2025-03-03)",
                "employees.csv:3: field 'daily_hours': 25h is not between 1 minute and 24 hours a day",
                "employees.csv:3: field 'statuses': PREGNANT 2026-01-01..2026-09-30 is not a status period (expected"
                        + " STATUS:yyyy-MM-dd..yyyy-MM-dd, e.g. PREGNANT:2026-01-01..2026-09-30)",
                "employees.csv:3: field 'exclusion_approved_on': an approval date without an exclusion category");
    }

    @Test
    void dailyHoursForms() throws ValueException {
        assertThat(Values.dailyMinutes("8h")).isEqualTo(480);
        assertThat(Values.dailyMinutes("7h30min")).isEqualTo(450);
        assertThat(Values.dailyMinutes("7h30m")).isEqualTo(450);
        assertThat(Values.dailyMinutes("4h")).isEqualTo(240);
        assertThat(Values.dailyMinutes("450min")).isEqualTo(450);
        assertThat(Values.dailyMinutes("7:30")).isEqualTo(450);
        assertThat(Values.dailyMinutes("8")).isEqualTo(480);
        assertThat(Values.dailyMinutes("7.5")).isEqualTo(450);
        assertThat(Values.workdays("fri-mon")).containsExactlyInAnyOrder(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY,
                DayOfWeek.SUNDAY, DayOfWeek.MONDAY);
    }
}
