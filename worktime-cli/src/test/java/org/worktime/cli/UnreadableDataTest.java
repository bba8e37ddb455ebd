package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.domain.Attestation;
import org.worktime.core.domain.ContractualHours;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Earning;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.InvalidDataException;
import org.worktime.core.domain.Shift;
import org.worktime.core.domain.Wage;
import org.worktime.core.domain.Workplace;
import org.worktime.core.domain.WorkplaceCalendar;
import org.worktime.core.engine.Engine;
import org.worktime.core.engine.Evaluation;
import org.worktime.core.exempt.ExchangeRates;
import org.worktime.core.exempt.Exemptions;
import org.worktime.core.finding.Severity;
import org.worktime.core.report.Report;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.rule.Packs;

/**
 * Every agreement kind, term and attribute the packs document, filled with values no rule can read: the run must
 * still finish, with indeterminate answers where a rule met such a value, never an exception (a user's mistake is not
 * an internal error).
 */
class UnreadableDataTest {

    private static final List<String> KINDS = List.of("KR-LSA-53-1", "KR-LSA-53-3", "KR-LSA-53-4", "KR-LSA-51-1", "KR-LSA-51-2",
            "KR-LSA-51-2-6M", "KR-LSA-52", "KR-LSA-57", "KR-LSA-58-1", "KR-LSA-58-3", "KR-LSA-59", "KR-LSA-69", "KR-LSA-70-2",
            "JP-LSA-36", "JP-LSA-32-2", "JP-LSA-32-3", "JP-LSA-32-4", "JP-LSA-32-5", "JP-LSA-38-3", "JP-LSA-38-4", "JP-LSA-41-2",
            "JP-LSA-37-3");

    private static final List<String> TERMS = List.of("ground", "approvedOn", "afterTheFact", "weeklyExtra", "healthMeasures", "unitWeeks",
            "week.1", "weeks", "restException", "settlementMonths", "rnd", "totalHours", "coreTime", "deemedHours", "jobs", "noInstructions",
            "breaksChanged", "yearStart", "monthLimit", "yearLimit", "holidayWork", "specialClause", "specialMonthLimit",
            "specialYearLimit", "longVariable", "sector", "filedOn", "start", "months", "days", "pattern", "dates", "filed",
            "selectiveMeasure", "startDate", "membersFor", "members", "jobTypes", "specifiedPeriod");

    private static final List<String> ATTRIBUTES = List.of("industry", "us.state", "us.punch_rounding", "jp.special-measure-industry",
            "jp.sme", "jp.lsa35.four-week-start", "jp.statutory-holiday-dates", "jp.lsa32-5.business", "jp.annual-holidays",
            "jp.daily-scheduled-hours", "us.flsa541.year_start", "us.pay_period_days", "us.flsa778-419.agreed",
            "us.payroll.records_overtime", "jp.hps.job-type", "jp.discretionary.job-type", "job", "jobFamily");

    private static Dataset garbage(String jurisdiction, String zone, CurrencyUnit currency, String value) {
        Map<String, String> terms = new LinkedHashMap<>();
        TERMS.forEach(t -> terms.put(t, value));
        Map<String, String> attributes = new LinkedHashMap<>();
        ATTRIBUTES.forEach(a -> attributes.put(a, value));
        LocalDateRange year = LocalDateRange.ofClosed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        List<Agreement> agreements = new ArrayList<>();
        KINDS.forEach(k -> agreements.add(new Agreement(k, year, Set.of(), terms)));
        ZoneId z = ZoneId.of(zone);
        Workplace workplace = new Workplace("w", "w", jurisdiction, z, DayOfWeek.MONDAY, List.of(), WorkplaceCalendar.standard(), agreements,
                false, attributes);
        Employee e = new Employee("E1", "E1", LocalDate.of(1990, 1, 1), LocalDate.of(2020, 1, 1), null, ContractualHours.fullTime(),
                new Wage.Monthly(Money.of(currency, BigDecimal.valueOf(5_000_000)), BigDecimal.valueOf(209)), List.of(), null, attributes);
        List<Shift> shifts = new ArrayList<>();
        for (int d = 0; d < 12; d++) {
            LocalDateTime start = LocalDateTime.of(2026, 3, 2, 9, 0).plusDays(d);
            shifts.add(Shift.of("E1", start.atZone(z).toInstant(), start.plusHours(13).atZone(z).toInstant()));
        }
        return Dataset.of(workplace, List.of(e), shifts)
                .withEarnings(List.of(new Earning("E1", "allowance.attendance", Money.of(currency, BigDecimal.valueOf(500)), year, null,
                        Map.of("per", value, "uniform", value, "guaranteed", value))))
                .withAttestations(List.of(new Attestation("E1", "jp.hps.consent", true, "HR", LocalDate.of(2026, 1, 1), year, "")));
    }

    private static Dataset withoutCalendarDates(Dataset d) {
        Workplace w = d.workplace();
        Map<String, String> attributes = new LinkedHashMap<>(w.attributes());
        attributes.remove("jp.statutory-holiday-dates");
        Workplace clean = new Workplace(w.id(), w.name(), w.jurisdiction(), w.zone(), w.weekStart(), w.headcount(), w.calendar(),
                w.agreements(), w.publicSector(), attributes);
        List<Shift> shifts = new ArrayList<>();
        d.employees().forEach(e -> shifts.addAll(d.shiftsOf(e.id())));
        List<Earning> earnings = new ArrayList<>();
        d.employees().forEach(e -> earnings.addAll(d.earningsOf(e.id())));
        List<Attestation> attestations = new ArrayList<>();
        d.employees().forEach(e -> attestations.addAll(d.attestationsOf(e.id())));
        return Dataset.of(clean, d.employees(), shifts).withEarnings(earnings).withAttestations(attestations);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "", "-1", "2026-13-45", "99999999999999999999", "25:99"})
    void everyPackFinishesOnValuesItCannotRead(String value) {
        for (String[] p : new String[][] {{"KR", "Asia/Seoul", "KRW"}, {"US", "America/Los_Angeles", "USD"}, {"JP", "Asia/Tokyo", "JPY"}}) {
            JurisdictionPack pack = Packs.find(p[0]).orElseThrow();
            Dataset data = garbage(p[0], p[1], CurrencyUnit.of(p[2]), value);
            Report report;
            try {
                report = Engine.of(pack).evaluate(data, Evaluation.between(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
            } catch (InvalidDataException e) {
                // The workplace's own calendar data cannot be read: a clear input error (exit 2 in the command) is right.
                assertThat(e.explanation().en()).startsWith("the workplace");
                report = Engine.of(pack).evaluate(withoutCalendarDates(data),
                        Evaluation.between(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
            }
            assertThat(report.employees()).hasSize(1);
            assertThat(report.findings()).allSatisfy(f -> assertThat(f.severity()).isIn(Severity.values()));
            assertThat(Exemptions.decide(data, LocalDate.of(2026, 3, 10), pack.exemptionTests(), pack.parameters(), ExchangeRates.none()))
                    .isNotEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void aWorkplaceCalendarThatCannotBeReadIsAnInputErrorNotAnInternalOne() {
        Cli.Result result = Cli.run("check", Cli.dataset("jp-bad-calendar.yaml"));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("worktime check: cannot evaluate the dataset: the workplace attribute jp.statutory-holiday-dates"
                + " holds 'next', not a date (YYYY-MM-DD)\n");
    }
}
