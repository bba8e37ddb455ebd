package org.worktime.us.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.worktime.core.domain.Earning;
import org.worktime.core.domain.Wage;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.rule.RuleInfo;
import org.worktime.us.EarningKinds;

/**
 * What one workweek's pay is made of, before any law is applied: how the employee is paid (by the hour, a salary for
 * fixed hours, a salary for a fluctuating workweek), the straight-time earnings of an hourly wage (each shift at its own
 * job rate), the weekly salary and the hours it covers, and the pay earned within the week beyond the wage, split into
 * what enters the regular rate, flat-sum bonuses (which California treats apart) and creditable contractual premiums.
 */
record WeekInputs(Method method, CurrencyUnit currency, BigDecimal straightTime, BigDecimal weeklySalary, BigDecimal salaryHours,
        BigDecimal otherPay, BigDecimal flatSum, BigDecimal creditablePremium) {

    enum Method { HOURLY, SALARY, FLUCTUATING }

    /**
     * The week's inputs, worked out once per evaluation: the pay rules and the three minimum-wage rules all read them.
     * {@code seconds} is the week's own ({@link Workweek#seconds()}) at every call.
     */
    static WeekInputs of(EmployeeContext context, Workweek week, long seconds) {
        java.util.Map<Workweek, java.util.Optional<WeekInputs>> known = UsState.of(context).inputs;
        java.util.Optional<WeekInputs> found = known.get(week);
        if (found == null) {
            found = java.util.Optional.ofNullable(compute(context, week, seconds));
            known.put(week, found);
        }
        return found.orElse(null);
    }

    private static WeekInputs compute(EmployeeContext context, Workweek week, long seconds) {
        Wage wage = context.employee().wage();
        CurrencyUnit currency = wage == null ? CurrencyUnit.USD : wage.currency();
        BigDecimal other = BigDecimal.ZERO;
        BigDecimal flat = BigDecimal.ZERO;
        BigDecimal premium = BigDecimal.ZERO;
        for (Earning e : context.earnings()) {
            if (!week.dates().encloses(e.earnedOver()) || !e.amount().getCurrencyUnit().equals(currency)) {
                continue;
            }
            if (e.isKind(EarningKinds.PREMIUM_CONTRACTUAL)) {
                premium = premium.add(e.amount().getAmount());
            } else if (EarningKinds.inRegularRate(e)) {
                if (EarningKinds.isFlatSum(e)) {
                    flat = flat.add(e.amount().getAmount());
                } else {
                    other = other.add(e.amount().getAmount());
                }
            }
        }
        if (wage == null) {
            // Piece or commission pay alone (778.111): no base wage, the earnings are the straight time.
            return other.add(flat).signum() == 0 ? null
                    : new WeekInputs(Method.HOURLY, currency, BigDecimal.ZERO, null, null, other, flat, premium);
        }
        return switch (wage) {
            case Wage.Hourly h -> {
                BigDecimal straight = BigDecimal.ZERO;
                for (Piece p : week.pieces()) {
                    BigDecimal rate = p.rate() != null ? p.rate() : h.rate().getAmount();
                    straight = straight.add(rate.multiply(BigDecimal.valueOf(p.seconds())));
                }
                yield new WeekInputs(Method.HOURLY, currency, straight.divide(UsPay.HOUR, MathContext.DECIMAL128), null, null, other, flat, premium);
            }
            case Wage.Salaried s -> new WeekInputs(fluctuating(context, week, s, seconds) ? Method.FLUCTUATING : Method.SALARY, currency, null,
                    s.weekly().getAmount(), s.weeklyHoursCovered(), other, flat, premium);
            case Wage.Monthly m -> new WeekInputs(Method.SALARY, currency, null,
                    m.amount().getAmount().multiply(BigDecimal.valueOf(12)).divide(BigDecimal.valueOf(52), MathContext.DECIMAL128),
                    m.standardMonthlyHours().multiply(BigDecimal.valueOf(12)).divide(BigDecimal.valueOf(52), MathContext.DECIMAL128),
                    other, flat, premium);
        };
    }

    /**
     * 778.114 applies only when its conditions are attested for the week and the rule is in force; and the salary must
     * reach the minimum wage for every hour of the week (778.114(a)(3)), else the week is paid as an ordinary salary.
     */
    private static boolean fluctuating(EmployeeContext context, Workweek week, Wage.Salaried salary, long seconds) {
        LocalDate date = week.startDate();
        if (!RuleInfo.of(FluctuatingWorkweekRule.class).isEffectiveOn(date)
                || !context.attestation(WeekPay.FWW_ATTESTATION, date).map(a -> a.holds()).orElse(false)) {
            return false;
        }
        return context.findParameter("us.flsa6.minimum-wage", date)
                .map(mw -> UsPay.perHour(salary.weekly().getAmount(), seconds).compareTo(mw.money().getAmount()) >= 0).orElse(true);
    }


    /** The same pay read as a salary for the given hours (California: Labor Code 515(d), whatever the FLSA method). */
    WeekInputs asSalaryFor(BigDecimal hours) {
        return method == Method.HOURLY ? this
                : new WeekInputs(Method.SALARY, currency, straightTime, weeklySalary, hours, otherPay, flatSum, creditablePremium);
    }
}
