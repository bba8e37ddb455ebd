package org.worktime.jp.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * ISHA Art. 66-8-2: research and development of new technology, products or services is outside the Art. 36 limits
 * and caps (Art. 36(11)); in exchange a worker in it whose hours beyond 40 a week exceed 100 in a month must see a
 * doctor, without having to ask. The worker is one covered by an Art. 36 agreement with term {@code sector=rd} in the
 * month; the month is the agreement's month. Hours are those actually worked (breaks excluded, statutory-holiday work
 * included, deemed hours not used), less 40 h x days / 7 cut to whole minutes. The interview is attestation
 * {@value #INTERVIEW} dated in that month or the next.
 */
@LegalRule(
        id = "JP-ISHA-66-8-2",
        law = "Industrial Safety and Health Act (Japan)",
        article = "Art. 66-8-2",
        effectiveFrom = "2019-04-01",
        version = "Act No. 71 of 2018; Ordinance Art. 52-7-2",
        source = "http://www.syarogo-itonao.jp/15650106389254?sp=true")
public final class ResearchDoctorInterviewRule implements LimitRule {

    public static final String INTERVIEW = "jp.isha.doctor-interview";

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        LocalDateRange period = context.period();
        LocalDate d = period.getStart();
        while (d.isBefore(period.getEnd())) {
            LocalDateRange month = Art36Agreement.gridOn(context, d).monthOf(d);
            Optional<LocalDate> rdDay = rdDay(context, month);
            if (rdDay.isPresent()) {
                check(context, month, rdDay.get(), findings);
            }
            d = month.getEnd();
        }
    }

    private void check(EmployeeContext context, LocalDateRange month, LocalDate on, Consumer<Finding> findings) {
        Parameter threshold = context.parameter("jp.isha66-8-2.threshold", on);
        long beyond = HoursBeyondForty.of(context, month, on);
        if (beyond > threshold.seconds() && !interviewed(context, month)) {
            findings.accept(RuleSupport.violation(context, info(), month, Measure.seconds(beyond), Measure.seconds(threshold.seconds()),
                    RuleSupport.citation(info(), threshold), Penalties.isha120(context, on), Text.of(
                            "jp.rd-interview.violation", "beyond", Duration.ofSeconds(beyond), "month", month.getStart(),
                            "threshold", Duration.ofSeconds(threshold.seconds()), "attestation", INTERVIEW)));
        }
    }

    /**
     * Whether this rule, not the interview on request, governs the month (ISHA Art. 66-8(1) leaves out the workers of
     * Art. 66-8-2(1)): an R&D month whose hours beyond 40 a week exceed this rule's threshold.
     */
    static boolean governs(EmployeeContext context, LocalDateRange month) {
        Optional<LocalDate> on = rdDay(context, month);
        return on.isPresent() && HoursBeyondForty.of(context, month, on.get()) > context.parameter("jp.isha66-8-2.threshold", on.get()).seconds();
    }

    /** A day of the month on which an Art. 36 agreement of sector rd covers the worker. */
    private static Optional<LocalDate> rdDay(EmployeeContext context, LocalDateRange month) {
        if (!JpFacts.of(context).art36().anyResearch()) {
            return Optional.empty(); // no R&D agreement covers the employee at all: no day to look for
        }
        for (LocalDate d = month.getStart(); d.isBefore(month.getEnd()); d = d.plusDays(1)) {
            if (Art36Agreement.inForce(context, d).map(a -> a.sector().equals("rd")).orElse(false)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static boolean interviewed(EmployeeContext context, LocalDateRange month) {
        LocalDateRange due = LocalDateRange.of(month.getStart(), month.getEnd().plusMonths(1));
        return context.attestations().stream().anyMatch(a -> a.subject().equals(INTERVIEW) && a.holds() && a.validity().overlaps(due));
    }
}
