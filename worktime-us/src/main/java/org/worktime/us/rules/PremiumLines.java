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
            BigDecimal other, BigDecimal flat, WeekInputs in, Text why, boolean california) {
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
                            Text.legacy("Straight time for hours beyond the " + in.salaryHours().stripTrailingZeros().toPlainString()
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
                        Text.legacy(premium.stripTrailingZeros().toPlainString() + " x the regular rate on top of the straight time already paid.",
                                "이미 지급된 통상 임금에 더하여 통상시급의 " + premium.stripTrailingZeros().toPlainString() + "배."), why));
            }
            if (uncovered > 0) {
                out.add(line(context, info, week, label, uncovered, m, UsPay.rate(context, cur, base, date),
                        Text.legacy(m.stripTrailingZeros().toPlainString() + " x the salary's rate for hours the salary does not pay.",
                                "급여가 포함하지 않는 시간에 급여 시급의 " + m.stripTrailingZeros().toPlainString() + "배."), why));
                if (other.signum() > 0) {
                    out.add(line(context, info, week, label, uncovered, premium, UsPay.rate(context, cur, other, date),
                            Text.legacy(premium.stripTrailingZeros().toPlainString() + " x the bonus and other pay per hour.",
                                    "상여 등 기타 임금 시간당액의 " + premium.stripTrailingZeros().toPlainString() + "배."), why));
                }
            }
            if (flat.signum() > 0) {
                out.add(line(context, info, week, label, covered + uncovered, m, UsPay.rate(context, cur, flat, date),
                        Text.legacy(m.stripTrailingZeros().toPlainString()
                                + " x the flat-sum bonus per non-overtime hour (Alvarado v. Dart Container, 2018).",
                                "정액 상여의 비초과근로 시간당액의 " + m.stripTrailingZeros().toPlainString() + "배 (Alvarado 판결)."), why));
            }
        }
        if (in.creditablePremium().signum() > 0 && !out.isEmpty()) {
            PayLine first = out.get(0);
            out.set(0, withNote(first, Text.legacy("A contractual premium of " + Usd.text(in.creditablePremium())
                    + " paid for the week is excluded from the regular rate and creditable toward the overtime owed (29 CFR 778.202(c)).",
                    "해당 주에 지급된 약정 할증 " + Usd.text(in.creditablePremium()) + "은 통상시급에서 제외되며 초과근무수당에 충당 가능 (778.202(c)).")));
        }
        return out;
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
            Text what = Text.legacy("Overtime at 1.5 x the rate of the job worked, " + Usd.text(e.getKey()) + ", agreed in advance (FLSA s.7(g)(2), 29 CFR 778.419)"
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
                line.ruleId(), line.citation(), line.note().en().isEmpty() ? extra : UsPay.join(line.note(), extra));
    }

    /** The regular rate in words: its parts and the hours. */
    static Text explain(WeekInputs in, BigDecimal base, BigDecimal other, BigDecimal flatRate, long seconds, String section, Text exemption) {
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
        Text rate = Text.legacy("Regular rate " + UsPay.rateText(total) + " = " + UsPay.rateText(base) + " (" + baseText + ")" + otherText + flatText
                + " (" + section + ").", "통상시급 " + UsPay.rateText(total) + " (" + section + ").");
        return UsPay.join(rate, exemption);
    }

    static Text exemptionNote(RegimeDecision decision) {
        if (decision == null || decision.verdict() != Verdict.INDETERMINATE) {
            return Text.empty();
        }
        List<String> missing = new ArrayList<>();
        for (Eligibility e : decision.tests()) {
            if (e.verdict() == Verdict.INDETERMINATE) {
                e.missing().forEach(m -> missing.add(shortMissing(m.en())));
            }
        }
        return Text.legacy("Exemption under " + decision.regime().id() + " undecided (missing: " + String.join("; ", missing.stream().distinct().toList())
                + "): paid as non-exempt, since the employer must prove an exemption.",
                decision.regime().id() + " 적용제외 판단 불가: 사용자가 적용제외를 입증해야 하므로 비적용제외로 계산.");
    }

    /** "an attestation 'us.duties.x' (long condition) covering D" becomes "an attestation 'us.duties.x'". */
    private static String shortMissing(String text) {
        int paren = text.indexOf(" (");
        return text.startsWith("an attestation '") && paren > 0 ? text.substring(0, paren) : text;
    }

}
