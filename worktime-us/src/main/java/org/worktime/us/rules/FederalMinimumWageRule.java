package org.worktime.us.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.joda.money.Money;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.exempt.RegimeDecision;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Findings;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;
import org.worktime.us.Usd;
import org.worktime.us.exempt.UsExemptionTests;

/**
 * FLSA s.6(a)(1): at least the federal minimum wage for every hour worked, judged by the workweek (29 CFR 776.4): the
 * week's straight-time pay (the wage, or the salary, and every earning of the week that enters the regular rate) over
 * its hours must reach the minimum in force on each day worked, else the shortfall is owed. Employees exempt under
 * s.13(a)(1) (the Part 541 tests) are exempt from s.6 as well; an employee whose exemption cannot be decided is judged
 * as non-exempt (the employer must prove it). Tip credits (s.3(m)) and the youth wage (s.6(g)) are not modelled.
 */
@LegalRule(
        id = "US-FLSA-6",
        law = "Fair Labor Standards Act",
        article = "s.6(a)(1) (29 USC 206(a)(1)); 29 CFR 776.4",
        effectiveFrom = "1938-10-24",
        version = "29 USC 206 as amended by the Fair Minimum Wage Act of 2007 (USD 7.25 from 2009-07-24)",
        source = "https://www.law.cornell.edu/uscode/text/29/206")
public final class FederalMinimumWageRule implements LimitRule {

    static final String MINIMUM_WAGE = "us.flsa6.minimum-wage";

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        for (Workweek week : Workweek.of(context)) {
            long seconds = week.seconds();
            LocalDate date = week.startDate();
            if (seconds == 0 || !info().isEffectiveOn(date)) {
                continue;
            }
            RegimeDecision federal = UsState.decision(context, date, UsExemptionTests.FEDERAL);
            if (UsExemptionTests.isExempt(federal)) {
                continue;
            }
            WeekInputs in = WeekInputs.of(context, week, seconds);
            if (in == null) {
                findings.accept(Findings.indeterminate(context, info(), week.dates(), Text.of("us.min-wage.no-pay",
                        "worked", UsPay.duration(seconds), "week", date)));
                continue;
            }
            BigDecimal paid = straightTimePay(in);
            if (clearlyAbove(context, week, paid)) {
                continue;
            }
            BigDecimal required = required(context, week);
            if (paid.compareTo(required) >= 0) {
                continue;
            }
            Parameter minimum = context.parameter(MINIMUM_WAGE, date);
            Money shortfall = Money.of(in.currency(), required.subtract(paid), UsPay.mode(context, date));
            BigDecimal rate = UsPay.perHour(paid, seconds).setScale(2, RoundingMode.DOWN);
            findings.accept(Findings.violation(context, info(), week.dates(), new Measure(rate, in.currency().getCode()),
                    Measure.money(minimum.money()), Findings.citation(info(), minimum), UsPenalties.unpaidWages(context, shortfall, date),
                    Text.of("us.min-wage.federal", "paid", Usd.money(paid), "worked", UsPay.duration(seconds), "week", date,
                            "rate", Usd.money(rate), "minimum", minimum.money(), "owed", shortfall)));
        }
    }

    /** The minimum for the week: each workday's hours at the rate in force on that day (a rate may change mid-week). */
    static BigDecimal required(EmployeeContext context, Workweek week) {
        long[] days = week.daySeconds();
        BigDecimal total = BigDecimal.ZERO;
        for (int d = 0; d < 7; d++) {
            if (days[d] > 0) {
                BigDecimal rate = context.parameter(MINIMUM_WAGE, week.startDate().plusDays(d)).money().getAmount();
                total = total.add(rate.multiply(BigDecimal.valueOf(days[d])).divide(UsPay.HOUR, MathContext.DECIMAL128));
            }
        }
        return total;
    }

    /**
     * Whether the pay is above the week's minimum by more than any rounding could hide: {@link #required}'s exact sums
     * estimated in floating point (relative error far below 1e-12) with a margin of 1e-9. A week it cannot tell (at or
     * near the minimum) is worked out exactly; a week it passes would have passed the exact comparison too. Most weeks
     * are paid well above the minimum, and the exact sum divides each day's amount with 34 digits.
     */
    private static boolean clearlyAbove(EmployeeContext context, Workweek week, BigDecimal paid) {
        long[] days = week.daySeconds();
        double bound = 0;
        for (int d = 0; d < 7; d++) {
            if (days[d] > 0) {
                bound += context.parameter(MINIMUM_WAGE, week.startDate().plusDays(d)).money().getAmount().doubleValue() * days[d];
            }
        }
        bound /= UsPay.HOUR.doubleValue();
        return bound >= 0 && paid.doubleValue() > bound * (1 + 1e-9) + 1e-9;
    }

    /** The week's pay before any overtime premium: the wage or salary and the pay of the week that enters the regular rate. */
    static BigDecimal straightTimePay(WeekInputs in) {
        BigDecimal wage = in.method() == WeekInputs.Method.HOURLY ? in.straightTime() : in.weeklySalary();
        return wage.add(in.otherPay()).add(in.flatSum());
    }
}
