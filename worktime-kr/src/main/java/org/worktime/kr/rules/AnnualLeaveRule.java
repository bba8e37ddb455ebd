package org.worktime.kr.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Consumer;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.ContractualHours;
import org.worktime.core.domain.DayType;
import org.worktime.core.domain.Leave;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Findings;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Text;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * Art. 60: annual paid leave, reported per employee who has annual leave records: for each leave year (from the hire
 * date's anniversary) that the evaluation touches, the days the law grants and the days recorded as used. In the first
 * year, and after a year under 80 % attendance, a day for each month of full attendance (Art. 60(2)); after a year of
 * 80 % or more, 15 days (Art. 60(1)), plus a day for every 2 years beyond the first, at most 25 (Art. 60(4)).
 * Attendance is read from the records: a contractual working day is attended when worked or covered by leave the
 * {@code kr.lsa60.leave-attended} row counts (Art. 60(6) deems maternity leave attended; the ministry reads used annual
 * leave so). Leave is never worked time. The answer is a warning (a report: the law's entitlement against the record),
 * indeterminate when the hire date is unknown or the evaluation does not hold the records the attendance test needs.
 */
@LegalRule(
        id = "KR-LSA-60",
        law = "Labor Standards Act",
        article = "Art. 60(1), (2), (4), (6)",
        effectiveFrom = "2012-08-02",
        version = "Act No. 11270 (2012-02-01); Act No. 15108 (2017-11-28, first-year days)",
        source = "https://www.law.go.kr/법령/근로기준법")
public final class AnnualLeaveRule implements LimitRule {

    static final String SCOPE = "kr.scope.min-headcount.art60";

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        if (context.leave().stream().noneMatch(l -> l.kind() == Leave.Kind.ANNUAL)) {
            return;
        }
        LocalDate hired = context.employee().hireDate();
        if (hired == null) {
            findings.accept(RuleSupport.indeterminate(context, info(), context.period(), Text.of("kr.annual-leave.no-hire-date")));
            return;
        }
        LocalDate end = context.period().getEnd();
        for (int year = 0; !hired.plusYears(year).isAfter(end.minusDays(1)); year++) {
            LocalDateRange leaveYear = LocalDateRange.of(hired.plusYears(year), hired.plusYears(year + 1L));
            if (!leaveYear.overlaps(context.period()) || usedIn(context, leaveYear).signum() == 0) {
                continue;
            }
            report(context, year, leaveYear, findings);
        }
    }

    private void report(EmployeeContext context, int year, LocalDateRange leaveYear, Consumer<Finding> findings) {
        LocalDate start = leaveYear.getStart();
        Applicability scope = Applicability.of(context, SCOPE, start, false);
        if (!scope.applies()) {
            if (scope.unknown()) {
                findings.accept(RuleSupport.indeterminate(context, info(), leaveYear, RuleSupport.cannotDecide(scope.reason())));
            }
            return;
        }
        if (context.employee().contractualHours().minutesPerWeek() * 60L < context.parameter("kr.lsa18.min-weekly-hours", start).seconds()) {
            return; // Art. 18(3): under 15 contractual hours a week, no annual leave
        }
        BigDecimal used = usedIn(context, leaveYear);
        Text basis;
        long granted;
        if (year == 0) {
            LocalDateRange firstYear = LocalDateRange.of(start, min(leaveYear.getEnd(), context.period().getEnd()));
            Long months = monthsOfFullAttendance(context, firstYear);
            if (months == null) {
                findings.accept(missingRecords(context, firstYear));
                return;
            }
            granted = Math.min(months, context.parameter("kr.lsa60.first-year-max", start).integer());
            basis = Text.of("kr.annual-leave.basis.first-year", "months", months);
        } else {
            LocalDateRange previous = LocalDateRange.of(start.minusYears(1), start);
            BigDecimal rate = attendanceRate(context, previous);
            if (rate == null) {
                findings.accept(missingRecords(context, previous));
                return;
            }
            BigDecimal threshold = context.parameter("kr.lsa60.attendance-threshold", start).decimal();
            if (rate.compareTo(threshold) >= 0) {
                long base = context.parameter("kr.lsa60.base-days", start).integer();
                long extra = (year - 1) / context.parameter("kr.lsa60.extra-every-years", start).integer();
                granted = Math.min(base + extra, context.parameter("kr.lsa60.max-days", start).integer());
                basis = Text.of("kr.annual-leave.basis.attended", "rate", percent(rate), "from", previous.getStart(), "years", year);
            } else {
                long months = monthsOfFullAttendance(context, previous);
                granted = months;
                basis = Text.of("kr.annual-leave.basis.under-threshold", "rate", percent(rate), "from", previous.getStart(), "months", months);
            }
        }
        BigDecimal left = BigDecimal.valueOf(granted).subtract(used);
        boolean hourly = context.leave().stream().anyMatch(l -> l.kind() == Leave.Kind.ANNUAL && l.isPartDay() && l.dates().overlaps(leaveYear)
                && !context.parameter("kr.lsa60.hourly-use", l.dates().getStart()).bool());
        if (hourly) {
            basis = Text.of("kr.annual-leave.basis.with-part-days", "basis", basis);
        }
        findings.accept(Findings.warning(context, info(), leaveYear, new Measure(used, "days"), Measure.count(granted, "days"),
                RuleSupport.citation(info(), context.parameter("kr.lsa60.base-days", start)), Text.of("kr.annual-leave.year",
                        "from", start, "granted", granted, "basis", basis, "used", used, "left", left,
                        "over", left.signum() < 0 ? "yes" : "no")));
    }

    private Finding missingRecords(EmployeeContext context, LocalDateRange needed) {
        return RuleSupport.indeterminate(context, info(), needed, Text.of("kr.annual-leave.records-missing",
                "from", needed.getStart(), "to", needed.getEndInclusive()));
    }

    /** Days of annual leave in the range: whole contractual working days, and part days as a share of the contractual day. */
    static BigDecimal usedIn(EmployeeContext context, LocalDateRange range) {
        ContractualHours contract = context.employee().contractualHours();
        BigDecimal days = BigDecimal.ZERO;
        for (Leave leave : context.leave()) {
            if (leave.kind() != Leave.Kind.ANNUAL || !leave.dates().overlaps(range)) {
                continue;
            }
            if (leave.isPartDay()) {
                days = days.add(BigDecimal.valueOf(leave.partDay().toMinutes())
                        .divide(BigDecimal.valueOf(contract.minutesPerDay()), 4, RoundingMode.HALF_UP));
                continue;
            }
            for (LocalDate d = max(leave.dates().getStart(), range.getStart()); d.isBefore(min(leave.dates().getEnd(), range.getEnd()));
                    d = d.plusDays(1)) {
                if (contract.isWorkday(d.getDayOfWeek()) && context.dayType(d) == DayType.WORKDAY) {
                    days = days.add(BigDecimal.ONE);
                }
            }
        }
        return days.stripTrailingZeros();
    }

    /** Attended contractual days over contractual days in the range; null when the evaluation does not hold the range. */
    private static BigDecimal attendanceRate(EmployeeContext context, LocalDateRange range) {
        if (!context.period().encloses(range)) {
            return null;
        }
        long due = 0;
        long attended = 0;
        for (LocalDate d = range.getStart(); d.isBefore(range.getEnd()); d = d.plusDays(1)) {
            if (isDue(context, d)) {
                due++;
                attended += attended(context, d) ? 1 : 0;
            }
        }
        return due == 0 ? BigDecimal.ONE : BigDecimal.valueOf(attended).divide(BigDecimal.valueOf(due), 4, RoundingMode.HALF_UP);
    }

    /** Whole months from the range's start with every contractual day attended; null when the evaluation does not hold them. */
    private static Long monthsOfFullAttendance(EmployeeContext context, LocalDateRange range) {
        long months = 0;
        for (LocalDate m = range.getStart(); !m.plusMonths(1).isAfter(range.getEnd()); m = m.plusMonths(1)) {
            LocalDateRange month = LocalDateRange.of(m, m.plusMonths(1));
            if (!context.period().encloses(month)) {
                return null;
            }
            boolean full = true;
            for (LocalDate d = month.getStart(); d.isBefore(month.getEnd()) && full; d = d.plusDays(1)) {
                full = !isDue(context, d) || attended(context, d);
            }
            months += full ? 1 : 0;
        }
        return months;
    }

    private static boolean isDue(EmployeeContext context, LocalDate date) {
        return context.employee().isEmployedOn(date) && context.employee().contractualHours().isWorkday(date.getDayOfWeek())
                && context.dayType(date) == DayType.WORKDAY;
    }

    private static boolean attended(EmployeeContext context, LocalDate date) {
        if (context.ledger().workedOn(date) > 0) {
            return true;
        }
        return context.leaveOn(date).map(l -> Arrays.stream(context.parameter("kr.lsa60.leave-attended", date).text().split(","))
                .map(String::trim).anyMatch(l.kind().code()::equals)).orElse(false);
    }

    /** The rate as a percentage with one decimal, rounded as the finding shows it (the pattern writes {@code 85.0 %}). */
    private static BigDecimal percent(BigDecimal rate) {
        return rate.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
