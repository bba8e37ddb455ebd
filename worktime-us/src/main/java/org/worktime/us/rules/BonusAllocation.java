package org.worktime.us.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Earning;
import org.worktime.core.domain.InvalidDataException;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Text;

/**
 * How a bonus earned over several workweeks is apportioned back to one of them (29 CFR 778.209(b)). By default equally
 * per day of its period ("an equal amount of bonus each week", a week taking the days of the period in it). When the
 * earning says {@code allocate=hour}, equally per hour worked in the period: "the total bonus divided by the number of
 * hours worked by the employee during the period for which it is paid", so a week's share is that increase times its
 * hours in the period. In California a flat-sum bonus is apportioned over the non-overtime hours only (Alvarado v.
 * Dart Container, 2018), since that is the divisor of its rate.
 *
 * <p>The hours of the whole period are counted from the shifts when the period lies inside the evaluated weeks;
 * otherwise the earning must state them ({@code period_hours}, for California's flat sum
 * {@code period_regular_hours}): the engine does not read shifts outside the evaluation, and a guessed divisor would be
 * a guessed debt.
 */
final class BonusAllocation {

    static final String ALLOCATE = "allocate";
    static final String PERIOD_HOURS = "period_hours";
    static final String PERIOD_REGULAR_HOURS = "period_regular_hours";

    enum Method { DAY, HOUR }

    private BonusAllocation() {
    }

    static Method method(Earning e) {
        String value = e.attributes().getOrDefault(ALLOCATE, "day").trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "day", "week", "" -> Method.DAY;
            case "hour" -> Method.HOUR;
            default -> throw new InvalidDataException(Text.of("us.data.allocate-invalid", "attribute", ALLOCATE, "value",
                    e.attributes().get(ALLOCATE), "kind", e.kind()));
        };
    }

    /**
     * The week's share of the earning. {@code regularOnly}: count non-overtime hours (California's flat sum), taking a
     * week's non-overtime hours in the period in proportion to its hours in the period.
     */
    static BigDecimal share(EmployeeContext context, Earning e, WeekPay.Result week, boolean regularOnly) {
        BigDecimal amount = e.amount().getAmount();
        if (method(e) == Method.DAY) {
            LocalDateRange inside = week.week().dates().intersection(e.earnedOver());
            return amount.multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(inside.getStart(), inside.getEnd())))
                    .divide(BigDecimal.valueOf(e.earnedOver().lengthInDays()), MathContext.DECIMAL128);
        }
        BigDecimal total = periodSeconds(context, e, regularOnly);
        if (total.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return amount.multiply(secondsIn(e, week, regularOnly)).divide(total, MathContext.DECIMAL128);
    }

    /** The hours of the earning's period, in seconds, within one week (non-overtime only: in proportion). */
    private static BigDecimal secondsIn(Earning e, WeekPay.Result r, boolean regularOnly) {
        long[] days = r.week().daySeconds();
        long inPeriod = 0;
        for (int d = 0; d < 7; d++) {
            if (e.earnedOver().contains(r.week().startDate().plusDays(d))) {
                inPeriod += days[d];
            }
        }
        BigDecimal seconds = BigDecimal.valueOf(inPeriod);
        if (!regularOnly || r.seconds() == 0 || r.californiaBands() == null) {
            // A week exempt under the Labor Code has no bands: its hours count whole.
            return seconds;
        }
        return seconds.multiply(BigDecimal.valueOf(r.californiaBands().total(Band.REGULAR)))
                .divide(BigDecimal.valueOf(r.seconds()), MathContext.DECIMAL128);
    }

    /** The hours (or non-overtime hours) of the whole period, in seconds: counted, or stated on the earning. */
    private static BigDecimal periodSeconds(EmployeeContext context, Earning e, boolean regularOnly) {
        if (context.period().encloses(e.earnedOver())) {
            BigDecimal total = BigDecimal.ZERO;
            List<WeekPay.Result> weeks = WeekPay.of(context);
            for (WeekPay.Result r : weeks) {
                if (r.week().dates().overlaps(e.earnedOver())) {
                    total = total.add(secondsIn(e, r, regularOnly));
                }
            }
            return total;
        }
        String key = regularOnly ? PERIOD_REGULAR_HOURS : PERIOD_HOURS;
        String value = e.attributes().get(key);
        LocalDate from = e.earnedOver().getStart();
        LocalDate to = e.earnedOver().getEndInclusive();
        if (value == null || value.isBlank()) {
            throw new InvalidDataException(Text.of("us.data.period-hours-needed", "kind", e.kind(), "period", LocalDateRange.ofClosed(from, to),
                    "regular", regularOnly, "attribute", key));
        }
        try {
            BigDecimal hours = new BigDecimal(value.trim());
            if (hours.signum() > 0) {
                return hours.multiply(UsPay.HOUR);
            }
        } catch (NumberFormatException ex) {
            // named below
        }
        throw new InvalidDataException(Text.of("us.data.hours-not-positive", "attribute", key, "value", value));
    }
}
