package org.worktime.jp.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * ISHA Art. 66-8-4: a worker under the Highly Professional System whose health management time beyond 40 hours a week
 * exceeds 100 hours in a month must see a doctor (no request needed). The interview is taken from attestation
 * {@value #INTERVIEW} dated in that month or the next; the month is the HPS month (from the resolution's start).
 */
@LegalRule(
        id = "JP-ISHA-66-8-4",
        law = "Industrial Safety and Health Act (Japan)",
        article = "Art. 66-8-4",
        effectiveFrom = "2019-04-01",
        version = "Act No. 71 of 2018",
        source = "https://kagoshima-sr.com/?p=7825")
public final class DoctorInterviewRule implements LimitRule {

    public static final String INTERVIEW = "jp.hps.doctor-interview";

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        if (!JpFacts.of(context).coverage().hpsPossible()) {
            return;
        }
        HealthRecord record = new HealthRecord(context.timeline().shifts(), context.workplace().zone());
        LocalDateRange period = context.period();
        LocalDate d = period.getStart();
        while (d.isBefore(period.getEnd())) {
            Optional<Agreement> resolution = resolution(context, d);
            if (resolution.isEmpty() || context.attestation(HighlyProfessionalSystemTest.CONSENT, d).map(a -> !a.holds()).orElse(true)) {
                d = d.plusDays(1);
                continue;
            }
            LocalDateRange month = new MonthGrid(HighlyProfessionalSystemTest.anchor(resolution.get())).monthOf(d);
            Parameter threshold = context.parameter("jp.hps.doctor-interview.threshold", d);
            long beyond = record.beyondWeekly(month, context.parameter("jp.lsa32.week-limit", d).seconds());
            if (beyond > threshold.seconds() && !interviewed(context, month)) {
                findings.accept(RuleSupport.violation(context, info(), month, Measure.seconds(beyond), Measure.seconds(threshold.seconds()),
                        RuleSupport.citation(info(), threshold), Penalties.isha120(context, d), Text.of(
                                "jp.hps-interview.violation", "beyond", Duration.ofSeconds(beyond), "month", month.getStart(),
                                "attestation", INTERVIEW)));
            }
            d = month.getEnd();
        }
    }

    static Optional<Agreement> resolution(EmployeeContext context, LocalDate date) {
        return context.workplace().agreementsOfKind(HighlyProfessionalSystemTest.RESOLUTION).stream()
                .filter(a -> a.covers(context.employeeId(), date)).findFirst();
    }

    private static boolean interviewed(EmployeeContext context, LocalDateRange month) {
        LocalDateRange due = LocalDateRange.of(month.getStart(), month.getEnd().plusMonths(1));
        return context.attestations().stream().anyMatch(a -> a.subject().equals(INTERVIEW) && a.holds() && a.validity().overlaps(due));
    }
}
