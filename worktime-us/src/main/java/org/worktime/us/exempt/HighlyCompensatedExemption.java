package org.worktime.us.exempt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.BigMoney;
import org.worktime.core.domain.Earning;
import org.worktime.core.exempt.Evidence;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.Regime;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.finding.Text;
import org.worktime.core.rule.LegalRule;
import org.worktime.us.EarningKinds;
import org.worktime.us.Usd;

/**
 * 541.601: highly compensated employees. Total annual compensation over the employer's 52-week period of at least the
 * HCE level (pro-rated by the weeks employed in a partial year, 541.601(b)(3)), of which at least the standard level a
 * week on a salary or fee basis (no 10% credit, 541.601(b)(1); the fee basis as in 541.605, {@link FeeBasis}); one catch-up payment up to one month after the period counts
 * for it (541.601(b)(2)). The duty (customarily and regularly performs at least one exempt duty; primary duty office or
 * non-manual work) is attested. The dataset is taken as the whole pay record of the period: earnings are counted when
 * the last day they were earned over falls in the period, so a period still running is judged on what it holds.
 */
@LegalRule(
        id = "US-FLSA-541-601",
        law = "29 CFR",
        article = "541.601",
        effectiveFrom = "2004-08-23",
        version = "69 FR 22122 (2004-04-23); HCE level 84 FR 51230 (2019-09-27)",
        source = "https://www.law.cornell.edu/cfr/text/29/541.601")
public final class HighlyCompensatedExemption extends UsExemptionTest {

    public static final String DUTIES = "us.duties.hce";

    @Override
    public Regime regime() {
        return UsRegimes.FEDERAL;
    }

    @Override
    void conditions(ExemptionQuery q, List<Evidence> evidence, List<Text> missing) {
        // 541.601(b)(1): the standard level a week "paid on a salary or fee basis"; the fee basis as in 541.605.
        Optional<List<Evidence>> fee = FeeBasis.evidence(q, missing);
        if (fee.isPresent()) {
            evidence.addAll(fee.get());
        } else {
            evidence.add(Conditions.salaryBasis(q, missing));
            evidence.addAll(Conditions.salaryLevel(q, missing, false).stream()
                    .map(e -> new Evidence("hce.salary_part", Text.of("us.exempt.condition.hce-salary-part"), e.observed(), e.threshold(), e.outcome(), Conditions.cfr("541.601(b)(1)")))
                    .toList());
        }
        evidence.add(totalCompensation(q, missing, fee.isPresent()));
        evidence.add(Conditions.attested(q, DUTIES, "duties.hce",
                Text.of("us.exempt.condition.duties-hce"),
                Conditions.cfr("541.601(c)"), missing));
    }

    /** The HCE level for a period, each level weighted by the days of the period it was in force (541.601(a)(2)). */
    private record Annual(BigDecimal amount, Text parts, int count) {
    }

    /** The level of a period, once per employee and period (every week of the period is judged on the same). */
    private static Annual annualLevel(ExemptionQuery q, Period52 period) {
        return QueryMemo.perEmployee(q, new AnnualKey(period.range()), () -> computeAnnualLevel(q, period.range()));
    }

    private record NeededKey(Period52 period) {
    }

    private record AnnualKey(org.threeten.extra.LocalDateRange range) {
    }

    private static Annual computeAnnualLevel(ExemptionQuery q, org.threeten.extra.LocalDateRange range) {
        java.util.TreeSet<LocalDate> cuts = new java.util.TreeSet<>();
        cuts.add(range.getStart());
        cuts.add(range.getEnd());
        for (String key : List.of("us.flsa541.hce-total", "us.flsa541.hce-total.2024-rule", "us.flsa541.2024-rule.as-applied")) {
            for (var row : q.parameters().history(key)) {
                cuts.add(row.effective().getStart());
                if (!row.effective().isUnboundedEnd()) {
                    cuts.add(row.effective().getEnd());
                }
            }
        }
        LocalDate start = range.getStart();
        LocalDate end = range.getEnd();
        long days = java.time.temporal.ChronoUnit.DAYS.between(start, end);
        BigDecimal sum = BigDecimal.ZERO;
        Text parts = null;
        int count = 0;
        BigDecimal last = null;
        LocalDate from = start;
        for (LocalDate cut : cuts.subSet(start, false, end, true)) {
            BigDecimal level = Conditions.hceLevel(q, from).weekly().getAmount();
            sum = sum.add(level.multiply(BigDecimal.valueOf(java.time.temporal.ChronoUnit.DAYS.between(from, cut))));
            if (last == null || level.compareTo(last) != 0) {
                // Joined one by one with a comma (the list separator of the catalogs is a semicolon, used around it).
                Text part = Text.of("us.exempt.evidence.level-from", "amount", Usd.money(level), "from", from);
                parts = parts == null ? part : Text.of("us.exempt.evidence.and", "first", parts, "next", part);
                count++;
            }
            last = level;
            from = cut;
        }
        return new Annual(sum.divide(BigDecimal.valueOf(days), MathContext.DECIMAL128), parts, count);
    }

    /** The total; {@code feeBasis}: paid by fees, with no salary, so the fees (counted as other pay) are the whole of it. */
    private Evidence totalCompensation(ExemptionQuery q, List<Text> missing, boolean feeBasis) {
        Text condition = Text.of("us.exempt.condition.hce-total");
        Conditions.Level level = Conditions.hceLevel(q);
        Period52 period = Conditions.period52(q);
        BigDecimal weeks = BigDecimal.valueOf(period.weeksEmployed());
        Annual annual = annualLevel(q, period);
        // The same for every week of the period (the level of the period, the weeks employed in it): worked out once.
        BigDecimal needed = QueryMemo.perEmployee(q, new NeededKey(period), () -> annual.amount().multiply(weeks).divide(BigDecimal.valueOf(52),
                MathContext.DECIMAL128));
        level.check();
        java.util.function.Supplier<Text> required = () -> {
            Text need = period.isFullYear() ? Text.of("us.exempt.evidence.amount", "amount", Usd.money(needed))
                    : Text.of("us.exempt.evidence.hce-prorated", "amount", Usd.money(needed), "annual", Usd.money(annual.amount()),
                            "weeks", period.weeksEmployed());
            Text levels = annual.count() > 1 ? Text.of("us.exempt.evidence.hce-proportional", "parts", annual.parts(), "level", level.describeAmount())
                    : level.describeAmount();
            return Text.of("us.exempt.evidence.hce-threshold", "need", need, "period", period.text(), "level", levels);
        };
        Optional<BigMoney> weekly = Conditions.weeklySalary(q);
        if (weekly.isEmpty() && !feeBasis) {
            // Paid by the hour: no salary at all. A salary in another currency with no stated rate: cannot tell.
            Verdict v = q.employee().wage() instanceof org.worktime.core.domain.Wage.Hourly ? Verdict.NOT_EXEMPT : Verdict.INDETERMINATE;
            return new Evidence("hce.total_compensation", condition,
                    v == Verdict.NOT_EXEMPT ? Text.of("us.exempt.evidence.no-salary-hourly") : Text.empty(), QueryMemo.words(q, required), v,
                    Conditions.cfr("541.601(b)"));
        }
        BigDecimal salary = weekly.isEmpty() ? BigDecimal.ZERO : period.isFullYear() ? Conditions.annualSalary(q).orElseThrow().getAmount()
                : weekly.get().getAmount().multiply(weeks);
        LocalDate catchUpBy = period.lastDay().plusMonths(Conditions.param(q, "us.flsa541.hce-catch-up-months").integer());
        BigDecimal other = BigDecimal.ZERO;
        BigDecimal catchUp = BigDecimal.ZERO;
        for (Earning e : q.earnings()) {
            LocalDate paid = Conditions.paidDate(e);
            if (EarningKinds.isCatchUp(e)) {
                if (!paid.isBefore(period.range().getStart()) && !paid.isAfter(catchUpBy) && e.earnedOver().overlaps(period.range())) {
                    catchUp = catchUp.add(Conditions.usd(q, e));
                }
            } else if (EarningKinds.creditableToHce(e) && period.range().contains(e.earnedOver().getEndInclusive())) {
                other = other.add(Conditions.usd(q, e));
            }
        }
        BigDecimal total = salary.add(other).add(catchUp);
        BigDecimal shortfall = needed.subtract(total);
        BigDecimal otherPay = other;
        BigDecimal catchUpPay = catchUp;
        Text observed = QueryMemo.words(q, () -> catchUpPay.signum() > 0
                ? Text.of("us.exempt.evidence.hce-total-catch-up", "total", Usd.money(total), "salary", Usd.money(salary),
                        "other", Usd.money(otherPay), "catchUp", Usd.money(catchUpPay))
                : Text.of("us.exempt.evidence.hce-total", "total", Usd.money(total), "salary", Usd.money(salary), "other", Usd.money(otherPay)));
        Text threshold = QueryMemo.words(q, () -> shortfall.signum() > 0
                ? Text.of("us.exempt.evidence.hce-short", "need", required.get(), "shortfall", Usd.money(shortfall), "by", catchUpBy)
                : required.get());
        return new Evidence("hce.total_compensation", condition, observed, threshold, shortfall.signum() > 0 ? Verdict.NOT_EXEMPT : Verdict.EXEMPT,
                Conditions.cfr("541.601(b)"));
    }
}
