package org.worktime.jp.rules;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Attestation;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Basis;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Severity;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * The Highly Professional System guideline (指針) holds it appropriate to obtain the worker's consent again every year
 * (row {@code jp.hps.consent-renewal-months}). The Act does not void the system for an old consent, so this is a warning,
 * not a violation: one per consent on file, over the dates under an HPS resolution that many months or more
 * after the consent was given ({@code attestedOn}).
 */
@LegalRule(
        id = "JP-LSA-41-2-CONSENT",
        law = "Labor Standards Act (Japan)",
        article = "Art. 41-2(1); HPS guideline (MHLW Notice No. 88 of 2019)",
        effectiveFrom = "2019-04-01",
        version = "MHLW Notice No. 88 of 2019",
        source = "http://www.office-hamaguchi.com/info/%e9%ab%98%e3%83%97%e3%83%ad%e3%81%ae%e5%85%b7%e4%bd%93%e7%9a%84%e3%81%aa%e9%81%8b%e7%94%a8%e3%83%ab%e3%83%bc%e3%83%ab%e3%81%8c%e6%b1%ba%e5%ae%9a/")
public final class ConsentRenewalRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        if (!JpFacts.of(context).coverage().hpsPossible()) {
            return; // no HPS resolution on file: no date is worked under one
        }
        Attestation current = null;
        LocalDate from = null;
        LocalDate last = null;
        for (LocalDate date : context.dates()) {
            Attestation stale = stale(context, date);
            if (stale != current && current != null) {
                report(context, current, from, last, findings);
            }
            if (stale != null && stale != current) {
                from = date;
            }
            current = stale;
            last = stale != null ? date : last;
        }
        if (current != null) {
            report(context, current, from, last, findings);
        }
    }

    /** The consent in force on a date worked under a resolution, when it was given longer ago than the guideline's year. */
    private static Attestation stale(EmployeeContext context, LocalDate date) {
        if (DoctorInterviewRule.resolution(context, date).isEmpty()) {
            return null;
        }
        Attestation consent = context.attestation(HighlyProfessionalSystemTest.CONSENT, date).filter(Attestation::holds).orElse(null);
        if (consent == null) {
            return null;
        }
        Parameter months = context.parameter("jp.hps.consent-renewal-months", date);
        return date.isBefore(consent.attestedOn().plusMonths(months.integer())) ? null : consent;
    }

    private void report(EmployeeContext context, Attestation consent, LocalDate from, LocalDate last, Consumer<Finding> findings) {
        LocalDateRange range = LocalDateRange.ofClosed(from, last);
        Parameter months = context.parameter("jp.hps.consent-renewal-months", from);
        findings.accept(new Finding(context.employeeId(), info().id(), info().title(), Severity.WARNING, range, null, null,
                RuleSupport.citation(info(), months), null,
                Text.of("jp.hps-consent.stale", "attestation", HighlyProfessionalSystemTest.CONSENT, "given", consent.attestedOn(),
                        "months", months.integer(), "from", from),
                Basis.ACTUAL));
    }
}
