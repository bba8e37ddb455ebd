package org.worktime.us.exempt;

import java.util.List;
import org.worktime.core.exempt.Evidence;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.Regime;
import org.worktime.core.finding.Text;
import org.worktime.core.rule.LegalRule;

/**
 * 541.200: the administrative exemption. Salary basis and level from the pay data (10% bonus credit allowed), or, for
 * an employee without a salary on a date a fee job covers, the fee basis of 541.605 ({@link FeeBasis}); the duties
 * (office or non-manual work directly related to management or general business operations, discretion and
 * independent judgment on matters of significance) are attested.
 */
@LegalRule(
        id = "US-FLSA-541-200",
        law = "29 CFR",
        article = "541.200",
        effectiveFrom = "2004-08-23",
        version = "69 FR 22122 (2004-04-23); salary level 84 FR 51230 (2019-09-27)",
        source = "https://www.law.cornell.edu/cfr/text/29/541.200")
public final class AdministrativeExemption extends UsExemptionTest {

    public static final String DUTIES = "us.duties.administrative";

    @Override
    public Regime regime() {
        return UsRegimes.FEDERAL;
    }

    @Override
    void conditions(ExemptionQuery q, List<Evidence> evidence, List<Text> missing) {
        var fee = FeeBasis.evidence(q, missing);
        if (fee.isPresent()) {
            evidence.addAll(fee.get());
        } else {
            evidence.add(Conditions.salaryBasis(q, missing));
            evidence.addAll(Conditions.salaryLevel(q, missing, true));
        }
        evidence.add(Conditions.attested(q, DUTIES, "duties.administrative",
                Text.of("us.exempt.condition.duties-administrative"),
                Conditions.cfr("541.200(a)"), missing));
    }
}
