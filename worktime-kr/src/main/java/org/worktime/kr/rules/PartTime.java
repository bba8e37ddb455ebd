package org.worktime.kr.rules;

import java.time.LocalDate;
import org.worktime.core.domain.ContractualHours;
import org.worktime.core.engine.EmployeeContext;

/**
 * Short-time workers under the Fixed-term and Part-time Workers Act (기간제 및 단시간근로자 보호 등에 관한 법률): a worker
 * whose contractual weekly hours are shorter than those of a comparable full-time worker of the workplace (Art. 2(2)).
 * The comparable full-timer's week is the workplace attribute {@code fullTimeWeeklyHours} when given, else the statutory
 * week of Art. 50(1) (a full-timer is presumed to work 40 hours). Hours beyond the part-timer's contract are measured
 * like the Labor Standards Act's extended work, against the contract: beyond the contractual day on a contractual
 * working day, every hour of a day outside the contract, and beyond the contractual week, never counted twice.
 */
final class PartTime {

    static final String FULL_TIME_ATTRIBUTE = "fullTimeWeeklyHours";
    static final String SCOPE = "kr.scope.min-headcount.ptwa";

    private PartTime() {
    }

    /**
     * Whether the employee is a part-timer on the date: a contractual week shorter than the comparable full-timer's. False
     * where no full-time week is known (before the 40-hour week's row, without the attribute).
     */
    static boolean isPartTimer(EmployeeContext context, LocalDate date) {
        long fullTime = fullTimeWeek(context, date);
        return fullTime > 0 && contractWeek(context) < fullTime;
    }

    /** The comparable full-timer's week in seconds; 0 when unknown on the date. */
    static long fullTimeWeek(EmployeeContext context, LocalDate date) {
        String given = context.workplace().attributes().get(FULL_TIME_ATTRIBUTE);
        if (given == null || given.isBlank()) {
            return context.findParameter("kr.lsa50.week-limit", date).map(org.worktime.core.param.Parameter::seconds).orElse(0L);
        }
        String text = given.trim();
        // A bare number is hours (40), as in the employees file; otherwise a duration (37h30min).
        return text.chars().allMatch(Character::isDigit) ? Long.parseLong(text) * 3600
                : org.worktime.core.param.Parameter.parseSeconds(text);
    }

    /** The contract's limits for the seven days of the week: its daily hours on its workdays, nothing on other days. */
    static long[] contractDayLimits(EmployeeContext context, LocalDate weekStart) {
        ContractualHours contract = context.employee().contractualHours();
        long[] limits = new long[7];
        for (int d = 0; d < 7; d++) {
            limits[d] = contract.isWorkday(weekStart.plusDays(d).getDayOfWeek()) ? contract.minutesPerDay() * 60L : 0;
        }
        return limits;
    }

    static long contractWeek(EmployeeContext context) {
        return context.employee().contractualHours().minutesPerWeek() * 60L;
    }

    /** Seconds beyond the contract in the week, per day; {@code holidays} as the caller's article counts them. */
    static long[] beyondContract(EmployeeContext context, LocalDate weekStart, WeekHours.HolidayCounting holidays) {
        return WeekHours.overtimeByDay(context, weekStart, contractDayLimits(context, weekStart), contractWeek(context), holidays);
    }
}
