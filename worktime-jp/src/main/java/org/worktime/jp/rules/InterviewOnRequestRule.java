package org.worktime.jp.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Attestation;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Findings;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * ISHA Art. 66-8(1) with Ordinance Arts 52-2 and 52-3: a worker whose hours beyond 40 a week exceed 80 in a month and
 * who is fatigued is owed a doctor interview when they ask for it, and the employer must tell every such worker their
 * hours (Art. 52-2(3)) so that they can ask. The month is the Art. 36 agreement's (the Ordinance asks for one fixed
 * reckoning day a month); the hours are {@link HoursBeyondForty}.
 *
 * <p>A month over the threshold is a WARNING (notify, offer the interview) until a request is on record (attestation
 * {@value #REQUEST}, dated by the start of its validity, in the month or within the request window after it). Fatigue
 * is taken from the request: the worker's own report is what sets the duty going. A request with no interview
 * ({@value ResearchDoctorInterviewRule#INTERVIEW}) within the due period ("without delay", about one month) is a
 * VIOLATION once that period has ended inside the evaluated dates; before then, a warning naming the due date.
 *
 * <p>Art. 41 workers count (the ISHA measures the hours of managers too). Left out, as Art. 66-8(1) leaves them out:
 * a month with any day under the Highly Professional System ({@code JP-ISHA-66-8-4}) and an R&D month beyond the
 * Art. 66-8-2 threshold ({@code JP-ISHA-66-8-2}), so that no month is reported twice.
 */
@LegalRule(
        id = "JP-ISHA-66-8",
        law = "Industrial Safety and Health Act (Japan)",
        article = "Art. 66-8(1)",
        effectiveFrom = "2019-04-01",
        version = "Act No. 71 of 2018; Ordinance Arts 52-2, 52-3",
        source = "https://www.jinjihyouka.com/column/798.html")
public final class InterviewOnRequestRule implements LimitRule {

    public static final String REQUEST = "jp.isha.interview-requested";

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        LocalDateRange period = context.period();
        LocalDate d = period.getStart();
        while (d.isBefore(period.getEnd())) {
            LocalDateRange month = Art36Agreement.gridOn(context, d).monthOf(d);
            Optional<Parameter> threshold = context.findParameter("jp.isha66-8.threshold", month.getStart());
            // Before the 2019 reform the pack has no row: the rule says nothing rather than guess the old figure.
            if (threshold.isPresent() && !excluded(context, month)) {
                check(context, month, threshold.get(), findings);
            }
            d = month.getEnd();
        }
    }

    private void check(EmployeeContext context, LocalDateRange month, Parameter threshold, Consumer<Finding> findings) {
        long beyond = HoursBeyondForty.of(context, month, month.getStart());
        if (beyond <= threshold.seconds()) {
            return;
        }
        int within = context.parameter("jp.isha66-8.within-months", month.getStart()).integer();
        Optional<LocalDate> request = request(context, month, within);
        if (request.isEmpty()) {
            findings.accept(Findings.warning(context, info(), month, Measure.seconds(beyond), Measure.seconds(threshold.seconds()),
                    RuleSupport.citation(info(), threshold), Text.of(
                            "jp.interview-on-request.notify", "beyond", Duration.ofSeconds(beyond), "month", month.getStart(),
                            "threshold", Duration.ofSeconds(threshold.seconds()))));
            return;
        }
        LocalDate due = request.get().plusMonths(within);
        if (interviewed(context, request.get(), due)) {
            return;
        }
        if (due.isBefore(context.period().getEnd())) {
            findings.accept(RuleSupport.violation(context, info(), month, Measure.seconds(beyond), Measure.seconds(threshold.seconds()),
                    RuleSupport.citation(info(), threshold), Penalties.isha66_8(context, month.getStart()), Text.of(
                            "jp.interview-on-request.missed", "beyond", Duration.ofSeconds(beyond), "month", month.getStart(),
                            "requested", request.get(), "due", due, "attestation", ResearchDoctorInterviewRule.INTERVIEW)));
        } else {
            // The due date lies past the evaluated dates: the interview may still come, so it is not yet a breach.
            findings.accept(Findings.warning(context, info(), month, Measure.seconds(beyond), Measure.seconds(threshold.seconds()),
                    RuleSupport.citation(info(), threshold), Text.of(
                            "jp.interview-on-request.pending", "beyond", Duration.ofSeconds(beyond), "month", month.getStart(),
                            "requested", request.get(), "due", due)));
        }
    }

    /** Months another doctor-interview rule answers for (Art. 66-8(1) excludes the workers of Arts 66-8-2 and 66-8-4). */
    private static boolean excluded(EmployeeContext context, LocalDateRange month) {
        return hpsMonth(context, month) || ResearchDoctorInterviewRule.governs(context, month);
    }

    private static boolean hpsMonth(EmployeeContext context, LocalDateRange month) {
        Coverage coverage = JpFacts.of(context).coverage();
        if (!coverage.hpsPossible()) {
            return false;
        }
        for (LocalDate d = month.getStart(); d.isBefore(month.getEnd()); d = d.plusDays(1)) {
            if (coverage.hps(d)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first request made in the month or within the request window after it (Ordinance Art. 52-3(2): the worker asks
     * "without delay" after the reckoning day, about one month).
     */
    private static Optional<LocalDate> request(EmployeeContext context, LocalDateRange month, int within) {
        LocalDateRange window = LocalDateRange.of(month.getStart(), month.getEnd().plusMonths(within));
        return context.attestations().stream().filter(a -> a.subject().equals(REQUEST) && a.holds())
                .map(a -> a.validity().getStart()).filter(window::contains).min(LocalDate::compareTo);
    }

    /** An interview on the request's day or later, by the due date (inclusive). */
    private static boolean interviewed(EmployeeContext context, LocalDate requested, LocalDate due) {
        LocalDateRange allowed = LocalDateRange.ofClosed(requested, due);
        return context.attestations().stream().filter(Attestation::holds)
                .anyMatch(a -> a.subject().equals(ResearchDoctorInterviewRule.INTERVIEW) && allowed.contains(a.validity().getStart()));
    }
}
