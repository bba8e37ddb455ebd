package org.worktime.us.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.worktime.core.domain.Earning;
import org.worktime.core.domain.Wage;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.exempt.Eligibility;
import org.worktime.core.exempt.RegimeDecision;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.pay.PayLine;
import org.worktime.core.rule.RuleInfo;
import org.worktime.us.EarningKinds;
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

    enum Method { HOURLY, SALARY, FLUCTUATING }

    enum Winner { NONE, FEDERAL, CALIFORNIA }

    /** One week's outcome. */
    record Result(Workweek week, long seconds, Method method, CurrencyUnit currency, HourBands federalBands, HourBands californiaBands,
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

    /** What the week's pay is made of, before any law is applied. */
    private record Inputs(Method method, CurrencyUnit currency, BigDecimal straightTime, BigDecimal weeklySalary, BigDecimal salaryHours,
            BigDecimal otherPay, BigDecimal flatSum, BigDecimal creditablePremium) {
    }

    private static Result week(EmployeeContext context, Workweek week) {
        long seconds = week.seconds();
        if (seconds == 0) {
            return null;
        }
        Inputs in = inputs(context, week, seconds);
        if (in == null) {
            return null;
        }
        LocalDate date = week.startDate();
        RegimeDecision federal = UsExemptionTests.decide(context, date, UsExemptionTests.FEDERAL);
        boolean california = UsAttributes.isCalifornia(context.workplace());
        RegimeDecision state = california ? UsExemptionTests.decide(context, date, UsExemptionTests.CALIFORNIA) : null;

        HourBands fedBands = null;
        List<PayLine> fedLines = List.of();
        if (!UsExemptionTests.isExempt(federal)) {
            RuleInfo info = in.method() == Method.FLUCTUATING ? RuleInfo.of(FluctuatingWorkweekRule.class) : RuleInfo.of(WeeklyOvertimeRule.class);
            long limit = context.parameter("us.flsa7.week-limit", date).seconds();
            BigDecimal base = switch (in.method()) {
                case HOURLY -> UsPay.perHour(in.straightTime(), seconds);
                case SALARY -> in.weeklySalary().divide(in.salaryHours(), MathContext.DECIMAL128);
                case FLUCTUATING -> UsPay.perHour(in.weeklySalary(), seconds);
            };
            long covered = in.method() == Method.SALARY ? in.salaryHours().multiply(UsPay.HOUR).longValue() : Long.MAX_VALUE;
            fedBands = HourBands.federal(week, limit, covered);
            BigDecimal other = UsPay.perHour(in.otherPay().add(in.flatSum()), seconds);
            Text why = explain(in, base, other, null, seconds, in.method() == Method.FLUCTUATING ? "778.114" : "778.109",
                    exemptionNote(federal));
            if (in.method() == Method.HOURLY && jobRateAgreed(context)) {
                fedLines = jobRateLines(context, info, week, limit, other, in, exemptionNote(federal));
            } else {
                fedLines = lines(context, info, week, fedBands, base, other, BigDecimal.ZERO, in, why, false);
            }
        }

        HourBands caBands = null;
        List<PayLine> caLines = List.of();
        BigDecimal caRate = null;
        if (california && !UsExemptionTests.isExempt(state)) {
            RuleInfo info = RuleInfo.of(CaliforniaOvertimeRule.class);
            BigDecimal salaryHours = context.parameter("us.ca.lc515d.salary-hours", date).decimal();
            BigDecimal base = in.method() == Method.HOURLY ? UsPay.perHour(in.straightTime(), seconds)
                    : in.weeklySalary().divide(salaryHours, MathContext.DECIMAL128);
            long covered = in.method() == Method.HOURLY ? Long.MAX_VALUE : salaryHours.multiply(UsPay.HOUR).longValue();
            caBands = HourBands.california(week, context.parameter("us.ca.lc510.day-limit", date).seconds(),
                    context.parameter("us.ca.lc510.double-after", date).seconds(),
                    context.parameter("us.ca.lc510.seventh-day-double-after", date).seconds(),
                    context.parameter("us.ca.lc510.week-limit", date).seconds(), covered);
            long regular = caBands.total(Band.REGULAR);
            BigDecimal flatRate = regular > 0 ? UsPay.perHour(in.flatSum(), regular) : BigDecimal.ZERO;
            BigDecimal other = UsPay.perHour(regular > 0 ? in.otherPay() : in.otherPay().add(in.flatSum()), seconds);
            Text why = explain(in, base, other, regular > 0 && in.flatSum().signum() > 0 ? flatRate : null, seconds,
                    "Labor Code 510, 515(d)", exemptionNote(state));
            caLines = lines(context, info, week, caBands, base, other, flatRate, in, why, true);
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

    private static Inputs inputs(EmployeeContext context, Workweek week, long seconds) {
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
                    : new Inputs(Method.HOURLY, currency, BigDecimal.ZERO, null, null, other, flat, premium);
        }
        return switch (wage) {
            case Wage.Hourly h -> {
                BigDecimal straight = BigDecimal.ZERO;
                for (Piece p : week.pieces()) {
                    BigDecimal rate = p.rate() != null ? p.rate() : h.rate().getAmount();
                    straight = straight.add(rate.multiply(BigDecimal.valueOf(p.seconds())));
                }
                yield new Inputs(Method.HOURLY, currency, straight.divide(UsPay.HOUR, MathContext.DECIMAL128), null, null, other, flat, premium);
            }
            case Wage.Salaried s -> new Inputs(fluctuating(context, week, s, seconds) ? Method.FLUCTUATING : Method.SALARY, currency, null,
                    s.weekly().getAmount(), s.weeklyHoursCovered(), other, flat, premium);
            case Wage.Monthly m -> new Inputs(Method.SALARY, currency, null,
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
                || !context.attestation(FWW_ATTESTATION, date).map(a -> a.holds()).orElse(false)) {
            return false;
        }
        return context.findParameter("us.flsa6.minimum-wage", date)
                .map(mw -> UsPay.perHour(salary.weekly().getAmount(), seconds).compareTo(mw.money().getAmount()) >= 0).orElse(true);
    }

    private static List<PayLine> lines(EmployeeContext context, RuleInfo info, Workweek week, HourBands bands, BigDecimal base,
            BigDecimal other, BigDecimal flat, Inputs in, Text why, boolean california) {
        LocalDate date = week.startDate();
        CurrencyUnit cur = in.currency();
        List<PayLine> out = new ArrayList<>();
        boolean salaryGap = in.method() == Method.SALARY;
        for (Band band : bands.bands()) {
            long covered = bands.covered(band);
            long uncovered = bands.uncovered(band);
            if (band == Band.REGULAR) {
                if (salaryGap && uncovered > 0) {
                    out.add(line(context, info, week, "STRAIGHT_TIME", uncovered, BigDecimal.ONE, UsPay.rate(context, cur, base, date),
                            Text.of("Straight time for hours beyond the " + in.salaryHours().stripTrailingZeros().toPlainString()
                                    + " the salary covers (" + (california ? "Labor Code 515(d)" : "29 CFR 778.113, 778.322") + ").",
                                    "급여가 포함하지 않는 시간의 통상 임금."), why));
                }
                continue;
            }
            BigDecimal m = multiplier(context, band, date);
            BigDecimal premium = m.subtract(BigDecimal.ONE);
            String label = california ? band.kind : "OVERTIME";
            if (covered > 0) {
                out.add(line(context, info, week, label, covered, premium, UsPay.rate(context, cur, base.add(other), date),
                        Text.of(premium.stripTrailingZeros().toPlainString() + " x the regular rate on top of the straight time already paid.",
                                "이미 지급된 통상 임금에 더하여 통상시급의 " + premium.stripTrailingZeros().toPlainString() + "배."), why));
            }
            if (uncovered > 0) {
                out.add(line(context, info, week, label, uncovered, m, UsPay.rate(context, cur, base, date),
                        Text.of(m.stripTrailingZeros().toPlainString() + " x the salary's rate for hours the salary does not pay.",
                                "급여가 포함하지 않는 시간에 급여 시급의 " + m.stripTrailingZeros().toPlainString() + "배."), why));
                if (other.signum() > 0) {
                    out.add(line(context, info, week, label, uncovered, premium, UsPay.rate(context, cur, other, date),
                            Text.of(premium.stripTrailingZeros().toPlainString() + " x the bonus and other pay per hour.",
                                    "상여 등 기타 임금 시간당액의 " + premium.stripTrailingZeros().toPlainString() + "배."), why));
                }
            }
            if (flat.signum() > 0) {
                out.add(line(context, info, week, label, covered + uncovered, m, UsPay.rate(context, cur, flat, date),
                        Text.of(m.stripTrailingZeros().toPlainString()
                                + " x the flat-sum bonus per non-overtime hour (Alvarado v. Dart Container, 2018).",
                                "정액 상여의 비초과근로 시간당액의 " + m.stripTrailingZeros().toPlainString() + "배 (Alvarado 판결)."), why));
            }
        }
        if (in.creditablePremium().signum() > 0 && !out.isEmpty()) {
            PayLine first = out.get(0);
            out.set(0, withNote(first, Text.of("A contractual premium of " + Usd.text(in.creditablePremium())
                    + " paid for the week is excluded from the regular rate and creditable toward the overtime owed (29 CFR 778.202(c)).",
                    "해당 주에 지급된 약정 할증 " + Usd.text(in.creditablePremium()) + "은 통상시급에서 제외되며 초과근무수당에 충당 가능 (778.202(c)).")));
        }
        return out;
    }

    private static boolean jobRateAgreed(EmployeeContext context) {
        return Boolean.parseBoolean(context.employee().attributes().getOrDefault(UsAttributes.JOB_RATE_OVERTIME_AGREED, "false"));
    }

    /**
     * s.7(g)(2) / 778.419: by prior agreement, each overtime hour is paid at 1.5 times the rate of the job worked in it.
     * The overtime hours are the week's last ones; the straight time is already paid at the job's rate, so the line is
     * the half, plus the half of any other pay of the week spread over all hours.
     */
    private static List<PayLine> jobRateLines(EmployeeContext context, RuleInfo info, Workweek week, long limit, BigDecimal other, Inputs in,
            Text exemption) {
        Wage.Hourly wage = context.employee().wage() instanceof Wage.Hourly h ? h : null;
        java.util.Map<BigDecimal, Long> byRate = new java.util.LinkedHashMap<>();
        long total = 0;
        for (Piece p : week.pieces()) {
            long before = Math.max(0, Math.min(p.seconds(), limit - total));
            long over = p.seconds() - before;
            if (over > 0) {
                BigDecimal rate = p.rate() != null ? p.rate() : wage == null ? BigDecimal.ZERO : wage.rate().getAmount();
                byRate.merge(rate, over, Long::sum);
            }
            total += p.seconds();
        }
        BigDecimal half = context.parameter("us.flsa7.overtime-multiplier", week.startDate()).decimal().subtract(BigDecimal.ONE);
        List<PayLine> out = new ArrayList<>();
        for (var e : byRate.entrySet()) {
            Text what = Text.of("Overtime at 1.5 x the rate of the job worked, " + Usd.text(e.getKey()) + ", agreed in advance (FLSA s.7(g)(2), 29 CFR 778.419)"
                    + (other.signum() > 0 ? ", with the other pay of the week, " + UsPay.rateText(other) + " an hour." : "."),
                    "사전 합의에 따라 해당 업무 시급 " + Usd.text(e.getKey()) + "의 1.5배 (778.419).");
            out.add(line(context, info, week, "OVERTIME", e.getValue(), half, UsPay.rate(context, in.currency(), e.getKey().add(other), week.startDate()),
                    what, exemption));
        }
        return out;
    }

    static BigDecimal multiplier(EmployeeContext context, Band band, LocalDate date) {
        return switch (band) {
            case REGULAR -> BigDecimal.ONE;
            case FEDERAL_OVERTIME -> context.parameter("us.flsa7.overtime-multiplier", date).decimal();
            case CA_DOUBLE, CA_SEVENTH_DOUBLE -> context.parameter("us.ca.lc510.double-multiplier", date).decimal();
            case CA_DAILY, CA_SEVENTH, CA_WEEKLY -> context.parameter("us.ca.lc510.overtime-multiplier", date).decimal();
        };
    }

    private static PayLine line(EmployeeContext context, RuleInfo info, Workweek week, String kind, long seconds, BigDecimal multiplier,
            BigMoney base, Text what, Text why) {
        PayLine draft = UsPay.line(context, info, week.dates(), kind, seconds, multiplier, base, Text.of("", ""));
        Text note = UsPay.join(UsPay.join(what, why), UsPenalties.ifUnpaid(context, draft.amount(), week.startDate()));
        return withNote(draft, note);
    }

    static PayLine withNote(PayLine line, Text extra) {
        return new PayLine(line.employeeId(), line.period(), line.kind(), line.seconds(), line.multiplier(), line.hourlyBase(), line.amount(),
                line.ruleId(), line.citation(), line.note().en().isEmpty() ? extra : UsPay.join(line.note(), extra));
    }

    /** The regular rate in words: its parts and the hours. */
    private static Text explain(Inputs in, BigDecimal base, BigDecimal other, BigDecimal flatRate, long seconds, String section, Text exemption) {
        BigDecimal total = base.add(other);
        String baseText = switch (in.method()) {
            case HOURLY -> "straight-time earnings " + Usd.text(in.straightTime()) + " / " + UsPay.hours(seconds);
            case SALARY -> "salary " + Usd.text(in.weeklySalary()) + " a week / " + in.salaryHours().stripTrailingZeros().toPlainString() + " h";
            case FLUCTUATING -> "fixed salary " + Usd.text(in.weeklySalary()) + " / " + UsPay.hours(seconds) + " worked (fluctuating workweek)";
        };
        BigDecimal otherAmount = in.otherPay().add(flatRate == null ? in.flatSum() : BigDecimal.ZERO);
        String otherText = other.signum() > 0 ? " + other pay " + UsPay.rateText(other) + " (" + Usd.text(otherAmount) + " / "
                + UsPay.hours(seconds) + ")" : "";
        String flatText = flatRate != null ? "; flat-sum bonus " + Usd.text(in.flatSum()) + " = " + UsPay.rateText(flatRate)
                + " per non-overtime hour" : "";
        Text rate = Text.of("Regular rate " + UsPay.rateText(total) + " = " + UsPay.rateText(base) + " (" + baseText + ")" + otherText + flatText
                + " (" + section + ").", "통상시급 " + UsPay.rateText(total) + " (" + section + ").");
        return UsPay.join(rate, exemption);
    }

    private static Text exemptionNote(RegimeDecision decision) {
        if (decision == null || decision.verdict() != Verdict.INDETERMINATE) {
            return Text.of("", "");
        }
        List<String> missing = new ArrayList<>();
        for (Eligibility e : decision.tests()) {
            if (e.verdict() == Verdict.INDETERMINATE) {
                e.missing().forEach(m -> missing.add(shortMissing(m.en())));
            }
        }
        return Text.of("Exemption under " + decision.regime().id() + " undecided (missing: " + String.join("; ", missing.stream().distinct().toList())
                + "): paid as non-exempt, since the employer must prove an exemption.",
                decision.regime().id() + " 적용제외 판단 불가: 사용자가 적용제외를 입증해야 하므로 비적용제외로 계산.");
    }

    /** "an attestation 'us.duties.x' (long condition) covering D" becomes "an attestation 'us.duties.x'". */
    private static String shortMissing(String text) {
        int paren = text.indexOf(" (");
        return text.startsWith("an attestation '") && paren > 0 ? text.substring(0, paren) : text;
    }

    private static List<PayLine> withComparison(List<PayLine> lines, BigDecimal own, BigDecimal otherTotal, boolean otherApplies, boolean federal) {
        if (lines.isEmpty()) {
            return lines;
        }
        String other = federal ? "California Labor Code" : "FLSA";
        String en;
        if (!otherApplies) {
            en = "The employee is exempt under the " + other + " for the week; this amount is owed.";
        } else if (federal) {
            en = "The FLSA amount for the week (" + Usd.text(own) + ") is higher than the California amount (" + Usd.text(otherTotal)
                    + "); the FLSA amount is owed.";
        } else {
            en = "The California amount for the week (" + Usd.text(own) + ") is not lower than the FLSA amount (" + Usd.text(otherTotal)
                    + "); the California amount is owed.";
        }
        Text note = Text.of(en, "연방법과 캘리포니아법 중 높은 금액을 지급.");
        return lines.stream().map(l -> withNote(l, note)).toList();
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
        return chosen.stream().filter(l -> l.ruleId().equals(ruleId)).toList();
    }

    static Money zero(CurrencyUnit currency) {
        return Money.zero(currency);
    }

    static Parameter param(EmployeeContext context, String key, LocalDate date) {
        return context.parameter(key, date);
    }
}
