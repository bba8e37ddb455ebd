package org.worktime.us.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.joda.money.Money;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.param.Parameter;

/**
 * A minimum owed for every hour worked, hour by hour: California (Armenta v. Osmose, 2005) and the local ordinances
 * allow no averaging of a week's pay over its hours, unlike the FLSA's workweek standard. Each piece of work is
 * compared, on each workday, with the minimum in force that day: the job rate of the shift or the employee's hourly
 * wage; a salary at its hourly rate (the weekly salary over the hours it covers; California: over 40, Labor Code 515(d));
 * pay by the piece or commission alone at the week's average. Other pay of the week is not credited against an hour.
 */
final class HourlyFloor {

    /** What a week falls short by: the amount owed, the hours paid below the minimum, the lowest rate, the minimum. */
    record Shortfall(Money owed, long secondsBelow, BigDecimal lowestRate, Parameter minimum) {
    }

    private HourlyFloor() {
    }

    /**
     * The week's shortfall against the minimum rows {@code floor} gives for a date (empty: no minimum that day); empty
     * when every hour reached its minimum.
     */
    static Optional<Shortfall> of(EmployeeContext context, Workweek week, WeekInputs in, BigDecimal salaryHours,
            Function<LocalDate, Optional<Parameter>> floor) {
        BigDecimal owed = BigDecimal.ZERO;
        long below = 0;
        BigDecimal lowest = null;
        Parameter shown = null;
        BigDecimal average = in.method() == WeekInputs.Method.HOURLY && context.employee().wage() == null
                ? UsPay.perHour(in.otherPay().add(in.flatSum()), week.seconds()) : null;
        BigDecimal base = null; // the rate of a piece without its own, worked out once a week (on the first such piece)
        for (int d = 0; d < 7; d++) {
            LocalDate date = week.startDate().plusDays(d);
            Optional<Parameter> minimum = floor.apply(date);
            if (minimum.isEmpty()) {
                continue;
            }
            BigDecimal min = minimum.get().money().getAmount();
            for (Piece piece : week.pieces()) {
                Piece part = piece.clip(week.dayBounds()[d], week.dayBounds()[d + 1]);
                if (part == null) {
                    continue;
                }
                BigDecimal rate;
                if (in.method() == WeekInputs.Method.HOURLY && part.rate() != null) {
                    rate = part.rate();
                } else {
                    if (base == null) {
                        base = rate(context, in, salaryHours, average);
                    }
                    rate = base;
                }
                if (rate.compareTo(min) < 0) {
                    owed = owed.add(UsState.of(context).shortfall(min, rate, part.seconds()));
                    below += part.seconds();
                    if (lowest == null || rate.compareTo(lowest) < 0) {
                        lowest = rate;
                    }
                    shown = minimum.get();
                }
            }
        }
        if (below == 0) {
            return Optional.empty();
        }
        return Optional.of(new Shortfall(Money.of(in.currency(), owed, UsPay.mode(context, week.startDate())), below,
                lowest.setScale(2, RoundingMode.DOWN), shown));
    }

    /** The rate of an hour without a job rate of its own (a salary's hours: every hour, whatever the shift's rate). */
    private static BigDecimal rate(EmployeeContext context, WeekInputs in, BigDecimal salaryHours, BigDecimal average) {
        if (in.method() != WeekInputs.Method.HOURLY) {
            return in.weeklySalary().divide(salaryHours, MathContext.DECIMAL128);
        }
        return average != null ? average : context.employee().wage().hourly().getAmount();
    }
}
