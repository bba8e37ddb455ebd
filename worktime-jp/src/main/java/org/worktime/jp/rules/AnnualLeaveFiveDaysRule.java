package org.worktime.jp.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.ContractualHours;
import org.worktime.core.domain.DayType;
import org.worktime.core.domain.Leave;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * Art. 39(7): an employer must give 5 days of annual paid leave, within the year from the grant date, to each worker
 * granted 10 days or more. Grant dates are 6 months after hiring and every year after (Art. 39(1)-(2)); the days granted
 * follow the service (10, 11, 12, 14, 16, 18, 20), or Art. 39(3)'s proportional table for a worker under 30 h a week on
 * 4 days or fewer, and need 80 % attendance in the period before the grant (attendance read from the records, with the
 * {@code jp.lsa39.leave-attended} leave). Days taken are the {@code annual} leave records on contractual days of the year;
 * a half day counts 0.5, hourly leave does not count (Art. 39(8) and the ordinance). A year is judged once it has ended
 * within the evaluation, and only when the dataset has a leave input (without one the leave taken is unknown: the
 * answer is indeterminate).
 */
@LegalRule(
        id = "JP-LSA-39-7",
        law = "Labor Standards Act (Japan)",
        article = "Art. 39(7)",
        effectiveFrom = "2019-04-01",
        version = "Act No. 71 of 2018",
        source = "https://www.mhlw.go.jp/content/000463186.pdf")
public final class AnnualLeaveFiveDaysRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        LocalDate hired = context.employee().hireDate();
        if (hired == null) {
            if (!context.leave().isEmpty()) {
                findings.accept(RuleSupport.indeterminate(context, info(), context.period(), Text.of("jp.annual-leave.no-hire-date")));
            }
            return;
        }
        LocalDateRange period = context.period();
        for (int k = 0; ; k++) {
            LocalDate grant = hired.plusMonths(6).plusYears(k);
            LocalDate yearEnd = grant.plusYears(1);
            if (yearEnd.isAfter(period.getEnd())) {
                return;
            }
            if (!yearEnd.isAfter(period.getStart()) || !context.employee().isEmployedOn(yearEnd.minusDays(1))) {
                continue;
            }
            var obligation = context.findParameter("jp.lsa39-7.days", grant);
            if (obligation.isEmpty()) {
                continue; // before 2019-04-01
            }
            judge(context, k, hired, grant, obligation.get(), findings);
        }
    }

    private void judge(EmployeeContext context, int k, LocalDate hired, LocalDate grant, Parameter obligation, Consumer<Finding> findings) {
        LocalDateRange year = LocalDateRange.of(grant, grant.plusYears(1));
        LocalDateRange before = LocalDateRange.of(k == 0 ? hired : grant.minusYears(1), grant);
        if (!context.period().encloses(before)) {
            findings.accept(RuleSupport.indeterminate(context, info(), year, Text.of(
                    "jp.annual-leave.attendance-unknown", "grant", grant, "from", before.getStart(), "to", before.getEndInclusive())));
            return;
        }
        long granted = attendanceRate(context, before).compareTo(context.parameter("jp.lsa39.attendance-threshold", grant).decimal()) >= 0
                ? daysGranted(context, k, grant) : 0;
        if (granted < context.parameter("jp.lsa39-7.min-granted", grant).integer()) {
            return;
        }
        if (!context.leaveRecorded()) {
            findings.accept(RuleSupport.indeterminate(context, info(), year, Text.of(
                    "jp.annual-leave.no-leave-records", "granted", granted, "grant", grant)));
            return;
        }
        BigDecimal taken = taken(context, year);
        long required = obligation.integer();
        if (taken.compareTo(BigDecimal.valueOf(required)) >= 0) {
            return;
        }
        findings.accept(RuleSupport.violation(context, info(), year, new Measure(taken, "days"), Measure.count(required, "days"),
                RuleSupport.citation(info(), obligation), Penalties.art120(context, grant), Text.of(
                        "jp.annual-leave.violation", "granted", granted, "grant", grant, "taken", taken, "by", year.getEndInclusive(),
                        "required", required)));
    }

    /** The days granted on the k-th grant date: the full table, or the proportional one for short weeks. */
    private static long daysGranted(EmployeeContext context, int k, LocalDate grant) {
        ContractualHours contract = context.employee().contractualHours();
        int index = Math.min(k, 6);
        long weekly = contract.minutesPerWeek() * 60L;
        int days = contract.workdays().size();
        if (weekly < context.parameter("jp.lsa39.proportional-max-week", grant).seconds() && days <= 4) {
            String[] row = context.parameter("jp.lsa39.proportional." + days, grant).text().split(",");
            return Long.parseLong(row[index].trim());
        }
        List<String> table = Arrays.stream(context.parameter("jp.lsa39.days-by-service", grant).text().split(",")).toList();
        return Long.parseLong(table.get(index).split(":")[1].trim());
    }

    private static BigDecimal attendanceRate(EmployeeContext context, LocalDateRange range) {
        long due = 0;
        long attended = 0;
        for (LocalDate d = range.getStart(); d.isBefore(range.getEnd()); d = d.plusDays(1)) {
            if (!isDue(context, d)) {
                continue;
            }
            due++;
            LocalDate day = d;
            if (context.ledger().workedOn(day) > 0
                    || context.leaveOn(day).map(l -> listed(context, "jp.lsa39.leave-attended", day, l)).orElse(false)) {
                attended++;
            }
        }
        return due == 0 ? BigDecimal.ONE : BigDecimal.valueOf(attended).divide(BigDecimal.valueOf(due), 4, RoundingMode.HALF_UP);
    }

    /** Annual leave taken in the year: whole contractual days, half days as 0.5, hourly leave not at all. */
    private static BigDecimal taken(EmployeeContext context, LocalDateRange year) {
        BigDecimal days = BigDecimal.ZERO;
        int contractDay = context.employee().contractualHours().minutesPerDay();
        for (Leave leave : context.leave()) {
            if (leave.kind() != Leave.Kind.ANNUAL || !leave.dates().overlaps(year)) {
                continue;
            }
            if (leave.isPartDay()) {
                if (leave.partDay().toMinutes() * 2 == contractDay) {
                    days = days.add(new BigDecimal("0.5"));
                }
                continue;
            }
            for (LocalDate d = leave.dates().getStart(); d.isBefore(leave.dates().getEnd()); d = d.plusDays(1)) {
                if (year.contains(d) && isDue(context, d)) {
                    days = days.add(BigDecimal.ONE);
                }
            }
        }
        return days.stripTrailingZeros();
    }

    private static boolean isDue(EmployeeContext context, LocalDate date) {
        return context.employee().isEmployedOn(date) && context.employee().contractualHours().isWorkday(date.getDayOfWeek())
                && context.dayType(date) == DayType.WORKDAY;
    }

    private static boolean listed(EmployeeContext context, String key, LocalDate date, Leave leave) {
        return Arrays.stream(context.parameter(key, date).text().split(",")).map(String::trim).anyMatch(leave.kind().code()::equals);
    }
}
