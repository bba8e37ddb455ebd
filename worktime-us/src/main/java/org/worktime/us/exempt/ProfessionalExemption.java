package org.worktime.us.exempt;

import java.util.List;
import org.worktime.core.exempt.Evidence;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.Regime;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.finding.Text;
import org.worktime.core.rule.LegalRule;

/**
 * 541.300-541.304: the learned and creative professional exemption. Salary basis and level from the pay data (10% bonus
 * credit allowed), or the fee basis of 541.605 ({@link FeeBasis}) for an employee without a salary; the duties are
 * attested. A licensed lawyer or doctor practising, or a teacher, has no salary test
 * (541.303-541.304): attested with {@code us.duties.professional.no_salary_test}.
 */
@LegalRule(
        id = "US-FLSA-541-300",
        law = "29 CFR",
        article = "541.300-541.304",
        effectiveFrom = "2004-08-23",
        version = "69 FR 22122 (2004-04-23); salary level 84 FR 51230 (2019-09-27)",
        source = "https://www.law.cornell.edu/cfr/text/29/541.300")
public final class ProfessionalExemption extends UsExemptionTest {

    public static final String DUTIES = "us.duties.professional";
    public static final String NO_SALARY_TEST = "us.duties.professional.no_salary_test";

    @Override
    public Regime regime() {
        return UsRegimes.FEDERAL;
    }

    @Override
    void conditions(ExemptionQuery q, List<Evidence> evidence, List<Text> missing) {
        var licensed = q.attestation(NO_SALARY_TEST).filter(a -> a.holds());
        var fee = licensed.isPresent() ? java.util.Optional.<List<Evidence>>empty() : FeeBasis.evidence(q, missing);
        if (licensed.isPresent()) {
            evidence.add(new Evidence("salary.not_required", Text.of("us.exempt.condition.no-salary-test"), Conditions.attestation(licensed.get()),
                    Text.verbatim("541.303-541.304"), Verdict.EXEMPT, Conditions.cfr("541.304")));
        } else if (fee.isPresent()) {
            evidence.addAll(fee.get());
        } else {
            evidence.add(Conditions.salaryBasis(q, missing));
            evidence.addAll(Conditions.salaryLevel(q, missing, true));
        }
        evidence.add(Conditions.attested(q, DUTIES, "duties.professional",
                Text.of("us.exempt.condition.duties-professional"),
                Conditions.cfr("541.301"), missing));
    }
}
