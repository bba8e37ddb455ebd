package org.worktime.kr.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.ContractualHours;
import org.worktime.core.domain.DayType;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.param.Parameter;
import org.worktime.core.pay.PayLine;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.PayRule;

/**
 * Art. 55(1), Decree Art. 30(1), Art. 18(3): the weekly holiday allowance (주휴수당) of an hourly-paid worker
 * who attended every contractual working day of the week: (weekly contractual hours / 40) x 8 hours, never
 * more than 8 hours, nothing under 15 contractual hours a week (kr.md EX-10). A monthly wage on 209 hours
 * already includes it. Attendance is read from the records: a contractual working day (not a holiday or day
 * off for the workplace) with no work is an absence, unless a leave record of a kind the ministry reads as attendance
 * covers it ({@code kr.lsa55.leave-attended}: a day of annual leave does not break attendance). Leave is never worked
 * time: it only keeps the attendance whole.
 */
@LegalRule(
        id = "KR-LSA-55-1-ALLOWANCE",
        law = "Labor Standards Act",
        article = "Art. 55(1); Decree Art. 30(1); Art. 18(3)",
        effectiveFrom = "2011-07-01",
        version = "Act No. 15513 (2018-03-20)",
        source = "https://www.law.go.kr/법령/근로기준법")
public final class WeeklyHolidayAllowanceRule implements PayRule {

    public static final String KIND = "WEEKLY_HOLIDAY_ALLOWANCE";

    @Override
    public void pay(EmployeeContext context, Consumer<PayLine> lines) {
        if (!PaySupport.hasWage(context) || !context.employee().wage().isHourly()) {
            return;
        }
        ContractualHours contract = context.employee().contractualHours();
        for (LocalDate weekStart : context.weekStarts()) {
            LocalDateRange week = RuleSupport.week(weekStart);
            if (!employedAllWeek(context, week) || !Applicability.of(context, Applicability.ART55_1, weekStart, true).applies()) {
                continue;
            }
            long contractual = contract.minutesPerWeek() * 60L;
            if (contractual < context.parameter("kr.lsa18.min-weekly-hours", weekStart).seconds() || !fullAttendance(context, weekStart)) {
                continue;
            }
            long fullWeek = context.parameter("kr.lsa55.full-time-week", weekStart).seconds();
            Parameter holidayHours = context.parameter("kr.lsa55.weekly-holiday-hours", weekStart);
            long seconds = Math.min(contractual, fullWeek) * holidayHours.seconds() / fullWeek;
            lines.accept(PaySupport.line(context, info(), week, KIND, seconds, BigDecimal.ONE, holidayHours));
        }
    }

    private static boolean employedAllWeek(EmployeeContext context, LocalDateRange week) {
        return context.employee().isEmployedOn(week.getStart()) && context.employee().isEmployedOn(week.getEndInclusive());
    }

    private static boolean fullAttendance(EmployeeContext context, LocalDate weekStart) {
        ContractualHours contract = context.employee().contractualHours();
        int due = 0;
        int onLeave = 0;
        for (int d = 0; d < 7; d++) {
            LocalDate date = weekStart.plusDays(d);
            if (!contract.isWorkday(date.getDayOfWeek()) || context.dayType(date) != DayType.WORKDAY) {
                continue;
            }
            due++;
            if (context.ledger().workedOn(date) > 0) {
                continue;
            }
            if (!attendedOnLeave(context, date)) {
                return false;
            }
            onLeave++;
        }
        // A week whose every contractual day is leave: the ministry's reported reading owes no weekly holiday for it (a row).
        return due == 0 || onLeave < due || context.parameter(WHOLE_WEEK_LEAVE_PAID, weekStart).bool();
    }

    static final String WHOLE_WEEK_LEAVE_PAID = "kr.lsa55.whole-week-leave-paid";

    /** A contractual day not worked but covered by leave of a kind the {@code kr.lsa55.leave-attended} row counts as attended. */
    static boolean attendedOnLeave(EmployeeContext context, LocalDate date) {
        return context.leaveOn(date).map(leave -> java.util.Arrays.stream(
                context.parameter(LEAVE_ATTENDED, date).text().split(",")).map(String::trim).anyMatch(leave.kind().code()::equals))
                .orElse(false);
    }

    static final String LEAVE_ATTENDED = "kr.lsa55.leave-attended";
}
