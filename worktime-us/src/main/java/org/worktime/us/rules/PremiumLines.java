package org.worktime.us.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.worktime.core.domain.Wage;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.exempt.Eligibility;
import org.worktime.core.exempt.RegimeDecision;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.finding.Text;
import org.worktime.core.pay.PayLine;
import org.worktime.core.rule.RuleInfo;
import org.worktime.us.UsAttributes;
import org.worktime.us.Usd;

/**
 * Turns a week's hour bands and regular rate into pay lines, each rounded once, with a note that says what the line
 * pays, how the regular rate is made, whether an exemption was left undecided, and the exposure if it goes unpaid.
 */
final class PremiumLines {

    private PremiumLines() {
    }

    /**
     * The lines of one week under one law. For each overtime band with multiplier m: hours whose straight time the wage
     * already pays are owed (m - 1) x (base + other); hours a salary does not pay are owed m x base and (m - 1) x other;
     * a California flat-sum bonus rate is owed m x on every overtime hour. Straight-time hours a salary does not pay are
     * owed 1 x base ({@code STRAIGHT_TIME}).
     *
     * @param base  the wage's part of the regular rate, per hour
     * @param other the other pay of the week per hour worked
     * @param flat  California's flat-sum bonus per non-overtime hour, or zero
     */
    static List<PayLine> lines(EmployeeContext context, RuleInfo info, Workweek week, HourBands bands, BigDecimal base,
            BigDecimal other, BigDecimal flat, WeekInputs in, java.util.function.Supplier<Text> explanation, boolean california) {
        // The regular rate in words is said on every line of the week, and only then worked out: most weeks owe no line.
        Once why = new Once(explanation);
        LocalDate date = week.startDate();
        CurrencyUnit cur = in.currency();
        List<PayLine> out = new ArrayList<>();
        boolean salaryGap = in.method() == WeekInputs.Method.SALARY;
        for (Band band : bands.bands()) {
            long covered = bands.covered(band);
            long uncovered = bands.uncovered(band);
            if (band == Band.REGULAR) {
                if (salaryGap && uncovered > 0) {
                    out.add(line(context, info, week, "STRAIGHT_TIME", uncovered, BigDecimal.ONE, UsPay.rate(context, cur, base, date),
                            Text.of("us.pay.note.straight-time", "hours", in.salaryHours().stripTrailingZeros(), "law",
                                    california ? "ca" : "flsa"), why.get()));
                }
                continue;
            }
            BigDecimal m = multiplier(context, band, date);
            BigDecimal premium = m.subtract(BigDecimal.ONE);
            String label = california ? band.kind : "OVERTIME";
            if (covered > 0) {
                out.add(line(context, info, week, label, covered, premium, UsPay.rate(context, cur, base.add(other), date),
                        Text.of("us.pay.note.premium-on-straight-time", "premium", premium.stripTrailingZeros()), why.get()));
            }
            if (uncovered > 0) {
                out.add(line(context, info, week, label, uncovered, m, UsPay.rate(context, cur, base, date),
                        Text.of("us.pay.note.salary-uncovered", "multiplier", m.stripTrailingZeros()), why.get()));
                if (other.signum() > 0) {
                    out.add(line(context, info, week, label, uncovered, premium, UsPay.rate(context, cur, other, date),
                            Text.of("us.pay.note.other-pay", "premium", premium.stripTrailingZeros()), why.get()));
                }
            }
            if (flat.signum() > 0) {
                out.add(line(context, info, week, label, covered + uncovered, m, UsPay.rate(context, cur, flat, date),
                        Text.of("us.pay.note.flat-sum", "multiplier", m.stripTrailingZeros()), why.get()));
            }
        }
        if (in.creditablePremium().signum() > 0 && !out.isEmpty()) {
            PayLine first = out.get(0);
            out.set(0, withNote(first, Text.of("us.pay.note.creditable-premium", "amount", Usd.money(in.creditablePremium()))));
        }
        return out;
    }

    /** A text worked out on first use, then kept. */
    private static final class Once {
        private final java.util.function.Supplier<Text> compute;
        private Text value;

        Once(java.util.function.Supplier<Text> compute) {
            this.compute = compute;
        }

        Text get() {
            if (value == null) {
                value = compute.get();
            }
            return value;
        }
    }

    static boolean jobRateAgreed(EmployeeContext context) {
        return Boolean.parseBoolean(context.employee().attributes().getOrDefault(UsAttributes.JOB_RATE_OVERTIME_AGREED, "false"));
    }

    /**
     * s.7(g)(2) / 778.419: by prior agreement, each overtime hour is paid at 1.5 times the rate of the job worked in it.
     * The overtime hours are the week's last ones; the straight time is already paid at the job's rate, so the line is
     * the half, plus the half of any other pay of the week spread over all hours.
     */
    static List<PayLine> jobRateLines(EmployeeContext context, RuleInfo info, Workweek week, long limit, BigDecimal other, WeekInputs in,
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
            Text what = Text.of("us.pay.note.job-rate", "rate", Usd.money(e.getKey()),
                    "other", other.signum() > 0 ? Text.of("us.pay.note.job-rate.other", "rate", Usd.rate(other)) : Text.empty());
            out.add(line(context, info, week, "OVERTIME", e.getValue(), half, UsPay.rate(context, in.currency(), e.getKey().add(other), week.startDate()),
                    what, exemption));
        }
        return out;
    }

    static BigDecimal multiplier(EmployeeContext context, Band band, LocalDate date) {
        return switch (band) {
            case REGULAR -> BigDecimal.ONE;
            case FEDERAL_OVERTIME -> context.parameter("us.flsa7.overtime-multiplier", date).decimal();
            case CA_DOUBLE, CA_SEVENTH_DOUBLE, CA_UNSCHEDULED_DOUBLE -> context.parameter("us.ca.lc510.double-multiplier", date).decimal();
            case CA_DAILY, CA_SEVENTH, CA_UNSCHEDULED, CA_WEEKLY -> context.parameter("us.ca.lc510.overtime-multiplier", date).decimal();
        };
    }

    private static PayLine line(EmployeeContext context, RuleInfo info, Workweek week, String kind, long seconds, BigDecimal multiplier,
            BigMoney base, Text what, Text why) {
        PayLine draft = UsPay.line(context, info, week.dates(), kind, seconds, multiplier, base, Text.empty());
        Text note = UsPay.join(UsPay.join(what, why), UsPenalties.ifUnpaid(context, draft.amount(), week.startDate()));
        return withNote(draft, note);
    }

    static PayLine withNote(PayLine line, Text extra) {
        return new PayLine(line.employeeId(), line.period(), line.kind(), line.seconds(), line.multiplier(), line.hourlyBase(), line.amount(),
                line.ruleId(), line.citation(), UsPay.join(line.note(), extra));
    }

    /** The regular rate in words: its parts and the hours. */
    /**
     * The regular rate in words: its parts and the hours.
     *
     * @param section where the rate's method comes from: a Part 778 section number ({@code 778.109}), or a message
     */
    static Text explain(WeekInputs in, BigDecimal base, BigDecimal other, BigDecimal flatRate, long seconds, Object section, Text exemption) {
        BigDecimal total = base.add(other);
        Text how = switch (in.method()) {
            case HOURLY -> Text.of("us.pay.rate.hourly", "earnings", Usd.money(in.straightTime()), "hours", UsPay.duration(seconds));
            case SALARY -> Text.of("us.pay.rate.salary", "salary", Usd.money(in.weeklySalary()), "hours", in.salaryHours().stripTrailingZeros());
            case FLUCTUATING -> Text.of("us.pay.rate.fluctuating", "salary", Usd.money(in.weeklySalary()), "hours", UsPay.duration(seconds));
        };
        BigDecimal otherAmount = in.otherPay().add(flatRate == null ? in.flatSum() : BigDecimal.ZERO);
        Text otherText = other.signum() > 0 ? Text.of("us.pay.rate.other", "rate", Usd.rate(other), "amount", Usd.money(otherAmount),
                "hours", UsPay.duration(seconds)) : Text.empty();
        Text flatText = flatRate != null ? Text.of("us.pay.rate.flat", "amount", Usd.money(in.flatSum()), "rate", Usd.rate(flatRate))
                : Text.empty();
        Text rate = Text.of("us.pay.rate", "total", Usd.rate(total), "base", Usd.rate(base), "how", how, "other", otherText,
                "flat", flatText, "section", section);
        return UsPay.join(rate, exemption);
    }

    static Text exemptionNote(RegimeDecision decision) {
        if (decision == null || decision.verdict() != Verdict.INDETERMINATE) {
            return Text.empty();
        }
        List<Text> missing = new ArrayList<>();
        for (Eligibility e : decision.tests()) {
            if (e.verdict() == Verdict.INDETERMINATE) {
                e.missing().forEach(m -> missing.add(shortMissing(m)));
            }
        }
        return Text.of("us.pay.note.exemption-undecided", "regime", decision.regime().id(), "missing", missing.stream().distinct().toList());
    }

    /** An attestation named without its long condition: "an attestation 'us.duties.x'" (a deduction's keeps its date). */
    private static Text shortMissing(Text missing) {
        if (!missing.isMessage()) {
            return missing;
        }
        return switch (missing.id()) {
            case "us.missing.attestation" -> Text.of("us.missing.attestation-short", "subject", missing.args().get("subject"));
            case "us.missing.safe-harbor-or-isolated" -> Text.of("us.missing.attestation-short", "subject", missing.args().get("harbor"));
            case "us.missing.deduction-attestation" -> Text.of("us.missing.attestation-covering", "subject", missing.args().get("subject"),
                    "date", missing.args().get("date"));
            default -> missing;
        };
    }

}
