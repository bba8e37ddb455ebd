package org.worktime.us.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.exempt.RegimeDecision;
import org.worktime.core.finding.Text;
import org.worktime.core.pay.PayLine;
import org.worktime.core.rule.RuleInfo;
import org.worktime.us.UsAttributes;
import org.worktime.us.Usd;
import org.worktime.us.exempt.UsExemptionTests;

/**
 * The overtime owed for each workweek of one employee, under the FLSA and, in California, under the Labor Code, worked
 * out once and shared by the pay rules (US-FLSA-7A, US-FLSA-778-114, US-CA-LC-510, US-FLSA-778-209).
 *
 * <p>The regular rate has three parts. The base: an hourly wage's straight-time earnings over all hours, weighted when
 * shifts carry their own rates (778.115); a salary over the hours it is meant to cover (778.113; California: over 40,
 * Labor Code 515(d)); under the fluctuating workweek, the salary over the hours worked (778.114). Other pay earned
 * within the week and not excluded by s.7(e) (bonuses, commissions, piece earnings, shift differentials) over all hours
 * (778.110(b), 778.111). And, in California only, flat-sum bonuses over the non-overtime hours (Alvarado v. Dart
 * Container, 2018). Hours whose straight time the wage already pays (every hour of an hourly wage, the covered hours of
 * a salary) are owed the premium only ({@code multiplier - 1} times the regular rate); hours a salary does not cover are
 * owed the whole multiplier on the salary's rate; flat-sum bonus rates the whole multiplier.
 *
 * <p>Both laws apply in California and the employee gets the higher: the week's two totals are compared and the lines of
 * the higher one are paid (a tie goes to California). An employee exempt under a regime is owed nothing under it; an
 * employee whose exemption cannot be decided is paid as non-exempt, since the employer must prove an exemption.
 */
final class WeekPay {

    static final String FWW_ATTESTATION = "us.fww.conditions";

    enum Winner { NONE, FEDERAL, CALIFORNIA }

    /** One week's outcome. */
    record Result(Workweek week, long seconds, WeekInputs.Method method, CurrencyUnit currency, HourBands federalBands, HourBands californiaBands,
            List<PayLine> federalLines, List<PayLine> californiaLines, BigDecimal federalTotal, BigDecimal californiaTotal, Winner winner,
            BigDecimal californiaRate) {
    }

    private WeekPay() {
    }

    static List<Result> of(EmployeeContext context) {
        UsState state = UsState.of(context);
        if (state.weeks == null) {
            state.weeks = compute(context);
        }
        return state.weeks;
    }

    private static List<Result> compute(EmployeeContext context) {
        List<Result> results = new ArrayList<>();
        for (Workweek week : Workweek.of(context)) {
            Result r = week(context, week);
            if (r != null) {
                results.add(r);
            }
        }
        return List.copyOf(results);
    }

    private static Result week(EmployeeContext context, Workweek week) {
        long seconds = week.seconds();
        if (seconds == 0) {
            return null;
        }
        WeekInputs in = WeekInputs.of(context, week, seconds);
        if (in == null) {
            return null;
        }
        LocalDate date = week.startDate();
        RegimeDecision federal = UsState.decision(context, date, UsExemptionTests.FEDERAL);
        boolean california = UsAttributes.isCalifornia(context.workplace());
        RegimeDecision state = california ? UsState.decision(context, date, UsExemptionTests.CALIFORNIA) : null;

        HourBands fedBands = null;
        List<PayLine> fedLines = List.of();
        if (!UsExemptionTests.isExempt(federal)) {
            RuleInfo info = in.method() == WeekInputs.Method.FLUCTUATING ? RuleInfo.of(FluctuatingWorkweekRule.class) : RuleInfo.of(WeeklyOvertimeRule.class);
            long limit = context.parameter("us.flsa7.week-limit", date).seconds();
            BigDecimal base = switch (in.method()) {
                case HOURLY -> UsPay.perHour(in.straightTime(), seconds);
                case SALARY -> in.weeklySalary().divide(in.salaryHours(), MathContext.DECIMAL128);
                case FLUCTUATING -> UsPay.perHour(in.weeklySalary(), seconds);
            };
            long covered = in.method() == WeekInputs.Method.SALARY ? in.salaryHours().multiply(UsPay.HOUR).longValue() : Long.MAX_VALUE;
            fedBands = HourBands.federal(week, limit, covered);
            BigDecimal other = UsPay.perHour(in.otherPay().add(in.flatSum()), seconds);
            // The regular rate is never below the minimum wage (29 CFR 778.5): overtime is owed on at least that rate. (A
            // fluctuating workweek below it is no fluctuating workweek: WeekInputs pays it as an ordinary salary.)
            BigDecimal floor = context.findParameter(FederalMinimumWageRule.MINIMUM_WAGE, date).map(p -> p.money().getAmount()).orElse(null);
            Text raised = Text.empty();
            if (floor != null && base.add(other).compareTo(floor) < 0) {
                raised = Text.of("us.pay.note.below-minimum-wage", "rate", Usd.rate(base.add(other)), "minimum", Usd.money(floor));
                base = floor.subtract(other);
            }
            if (in.method() == WeekInputs.Method.HOURLY && PremiumLines.jobRateAgreed(context)) {
                fedLines = PremiumLines.jobRateLines(context, info, week, limit, other, in, PremiumLines.exemptionNote(federal));
            } else {
                BigDecimal rateBase = base;
                Text raisedNote = raised;
                fedLines = PremiumLines.lines(context, info, week, fedBands, base, other, BigDecimal.ZERO, in,
                        () -> UsPay.join(PremiumLines.explain(in, rateBase, other, null, seconds,
                                in.method() == WeekInputs.Method.FLUCTUATING ? "778.114" : "778.109", PremiumLines.exemptionNote(federal)), raisedNote),
                        false);
            }
        }

        HourBands caBands = null;
        List<PayLine> caLines = List.of();
        BigDecimal caRate = null;
        if (california && !UsExemptionTests.isExempt(state)) {
            RuleInfo info = RuleInfo.of(CaliforniaOvertimeRule.class);
            WeekInputs ca = in.asSalaryFor(context.parameter("us.ca.lc515d.salary-hours", date).decimal());
            BigDecimal base = ca.method() == WeekInputs.Method.HOURLY ? UsPay.perHour(ca.straightTime(), seconds)
                    : ca.weeklySalary().divide(ca.salaryHours(), MathContext.DECIMAL128);
            long covered = ca.method() == WeekInputs.Method.HOURLY ? Long.MAX_VALUE : ca.salaryHours().multiply(UsPay.HOUR).longValue();
            // A valid alternative workweek schedule (Labor Code 511) replaces the 8-hour day; an invalid one is ignored here
            // and reported by US-CA-LC-511, so a dataset without one is computed exactly as before.
            AlternativeWorkweek aws = AlternativeWorkweek.validOn(context, date).orElse(null);
            caBands = HourBands.california(week, context.parameter("us.ca.lc510.day-limit", date).seconds(),
                    context.parameter(aws == null ? "us.ca.lc510.double-after" : "us.ca.lc511.double-after", date).seconds(),
                    context.parameter("us.ca.lc510.seventh-day-double-after", date).seconds(),
                    context.parameter("us.ca.lc510.week-limit", date).seconds(), covered,
                    aws == null ? null : aws.scheduledDays(date), aws == null ? 0 : context.parameter("us.ca.lc511.unscheduled-double-after", date).seconds());
            long regular = caBands.total(Band.REGULAR);
            BigDecimal flatRate = regular > 0 ? UsPay.perHour(in.flatSum(), regular) : BigDecimal.ZERO;
            BigDecimal other = UsPay.perHour(regular > 0 ? in.otherPay() : in.otherPay().add(in.flatSum()), seconds);
            Text section = aws == null ? Text.of("us.pay.rate.section.california") : Text.of("us.pay.rate.section.alternative-workweek", "schedule",
                    aws.scheduleText());
            BigDecimal shownFlat = regular > 0 && in.flatSum().signum() > 0 ? flatRate : null;
            caLines = PremiumLines.lines(context, info, week, caBands, base, other, flatRate, ca,
                    () -> PremiumLines.explain(ca, base, other, shownFlat, seconds, section, PremiumLines.exemptionNote(state)), true);
            caRate = base.add(UsPay.perHour(in.otherPay().add(in.flatSum()), seconds));
        }

        BigDecimal fedTotal = total(fedLines);
        BigDecimal caTotal = total(caLines);
        Winner winner;
        if (fedLines.isEmpty() && caLines.isEmpty()) {
            winner = fedBands == null && caBands == null ? Winner.NONE : california && caBands != null ? Winner.CALIFORNIA : Winner.FEDERAL;
        } else {
            winner = caBands != null && caTotal.compareTo(fedTotal) >= 0 ? Winner.CALIFORNIA : Winner.FEDERAL;
        }
        if (california) {
            fedLines = withComparison(fedLines, fedTotal, caTotal, caBands != null, true);
            caLines = withComparison(caLines, caTotal, fedTotal, fedBands != null, false);
        }
        return new Result(week, seconds, in.method(), in.currency(), fedBands, caBands, fedLines, caLines, fedTotal, caTotal, winner, caRate);
    }

    private static List<PayLine> withComparison(List<PayLine> lines, BigDecimal own, BigDecimal otherTotal, boolean otherApplies, boolean federal) {
        if (lines.isEmpty()) {
            return lines;
        }
        Text note;
        if (!otherApplies) {
            note = Text.of("us.pay.note.exempt-under-other-law", "law", federal ? "california" : "flsa");
        } else if (federal) {
            note = Text.of("us.pay.note.flsa-higher", "own", Usd.money(own), "other", Usd.money(otherTotal));
        } else {
            note = Text.of("us.pay.note.california-not-lower", "own", Usd.money(own), "other", Usd.money(otherTotal));
        }
        return lines.stream().map(l -> PremiumLines.withNote(l, note)).toList();
    }

    private static BigDecimal total(List<PayLine> lines) {
        BigDecimal sum = BigDecimal.ZERO;
        for (PayLine l : lines) {
            sum = sum.add(l.amount().getAmount());
        }
        return sum;
    }

    /** The lines one rule pays for a week: the winner's, attributed to the rule. */
    static List<PayLine> linesOf(Result r, String ruleId) {
        List<PayLine> chosen = r.winner() == Winner.CALIFORNIA ? r.californiaLines() : r.winner() == Winner.FEDERAL ? r.federalLines() : List.of();
        List<PayLine> out = null;
        for (PayLine l : chosen) {
            if (l.ruleId().equals(ruleId)) {
                if (out == null) {
                    out = new ArrayList<>(chosen.size());
                }
                out.add(l);
            }
        }
        return out == null ? List.of() : java.util.Collections.unmodifiableList(out);
    }

}
