package org.worktime.us.exempt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.worktime.core.domain.Earning;
import org.worktime.core.domain.InvalidDataException;
import org.worktime.core.domain.Wage;
import org.worktime.core.exempt.Evidence;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.finding.Text;
import org.worktime.us.EarningKinds;
import org.worktime.us.Usd;

/**
 * 541.605: an administrative or professional employee may be paid a fee, an agreed sum for a single job regardless of
 * the time it takes, instead of a salary. The fee meets the salary level when, at the rate it pays for the time worked
 * on the job, 40 hours would earn at least the standard level (541.605(b): USD 600 for a 20-hour picture is USD 1,200 for
 * 40 hours). Each job is tested on its own, since the regulation tests "the fee payment". That the jobs are single and
 * unique rather than repeated piecework, paid per task and not per time (541.605(a)), is attested.
 *
 * <p>It applies in a workweek a {@code fee} earning overlaps (its {@code earnedOver} is the job) when the employee has
 * no salary; a salary is always tested as a salary.
 */
final class FeeBasis {

    /** Attested: the fees are agreed sums for single, unique jobs, not payments per hour or day (541.605(a)). */
    static final String SINGLE_JOBS = "us.fee_basis.single_jobs";
    /** The earning attribute giving the hours worked on the job. */
    static final String HOURS = "hours";

    private FeeBasis() {
    }

    /** The fee basis evidence for the date's workweek, or empty when the employee is paid a salary or has no fee job in it. */
    static Optional<List<Evidence>> evidence(ExemptionQuery q, List<Text> missing) {
        return QueryMemo.shared(q, FeeBasis.class, missing, named -> compute(q, named).map(List::copyOf));
    }

    private static Optional<List<Evidence>> compute(ExemptionQuery q, List<Text> missing) {
        Wage wage = q.employee().wage();
        if (wage instanceof Wage.Salaried || wage instanceof Wage.Monthly) {
            return Optional.empty();
        }
        var workweek = Conditions.workweek(q);
        List<Earning> fees = q.earnings().stream().filter(e -> e.isKind(EarningKinds.FEE) && e.earnedOver().overlaps(workweek)).toList();
        if (fees.isEmpty()) {
            return Optional.empty();
        }
        List<Evidence> out = new ArrayList<>();
        out.add(Conditions.attested(q, SINGLE_JOBS, "fee.basis", Text.of("us.exempt.condition.fee-basis"), Conditions.cfr("541.605(a)"), missing));
        Conditions.Level level = Conditions.standardLevel(q);
        BigDecimal week = Conditions.param(q, "us.flsa541-605.test-hours").decimal();
        List<Text> jobs = new ArrayList<>();
        Verdict verdict = Verdict.EXEMPT;
        for (Earning fee : fees) {
            BigDecimal amount = Conditions.usd(q, fee);
            Optional<BigDecimal> hours = hours(fee);
            if (hours.isEmpty()) {
                missing.add(Text.of("us.missing.fee-hours", "date", fee.earnedOver().getStart(), "attribute", HOURS));
                jobs.add(Text.of("us.exempt.evidence.fee-no-hours", "amount", Usd.money(amount), "job", fee.earnedOver()));
                verdict = verdict == Verdict.NOT_EXEMPT ? verdict : Verdict.INDETERMINATE;
                continue;
            }
            BigDecimal forWeek = amount.multiply(week).divide(hours.get(), MathContext.DECIMAL128);
            jobs.add(Text.of("us.exempt.evidence.fee", "amount", Usd.money(amount), "job", fee.earnedOver(), "hours", hours.get(),
                    "forWeek", Usd.money(forWeek), "week", week));
            if (forWeek.compareTo(level.weekly().getAmount()) < 0) {
                verdict = Verdict.NOT_EXEMPT;
            }
        }
        out.add(new Evidence("fee.level", Text.of("us.exempt.condition.fee-level"), Text.of("us.exempt.evidence.jobs", "jobs", jobs), level.describe(), verdict,
                Conditions.cfr("541.605(b)")));
        return Optional.of(out);
    }

    private static Optional<BigDecimal> hours(Earning fee) {
        String value = fee.attributes().get(HOURS);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            BigDecimal hours = new BigDecimal(value.trim());
            if (hours.signum() > 0) {
                return Optional.of(hours);
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new InvalidDataException(Text.of("us.data.fee-hours-not-positive", "attribute", HOURS, "value", value));
    }
}
