package org.worktime.us.exempt;

import java.util.List;
import org.worktime.core.exempt.Evidence;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.Regime;
import org.worktime.core.finding.Text;
import org.worktime.core.rule.LegalRule;

/**
 * 541.100: the executive exemption. Salary basis and level are decided from the pay data (with the 10% bonus credit of
 * 541.602(a)(3)); the duties (primary duty managing the enterprise or a recognised department, customarily directing
 * two or more full-time employees, weight in hiring and firing) are an attested input.
 */
@LegalRule(
        id = "US-FLSA-541-100",
        law = "29 CFR",
        article = "541.100",
        effectiveFrom = "2004-08-23",
        version = "69 FR 22122 (2004-04-23); salary level 84 FR 51230 (2019-09-27)",
        source = "https://www.law.cornell.edu/cfr/text/29/541.100")
public final class ExecutiveExemption extends UsExemptionTest {

    public static final String DUTIES = "us.duties.executive";

    @Override
    public Regime regime() {
        return UsRegimes.FEDERAL;
    }

    @Override
    void conditions(ExemptionQuery q, List<Evidence> evidence, List<Text> missing) {
        evidence.add(Conditions.salaryBasis(q, missing));
        evidence.addAll(Conditions.salaryLevel(q, missing, true));
        evidence.add(Conditions.attested(q, DUTIES, "duties.executive",
                Text.of("us.exempt.condition.duties-executive"),
                Conditions.cfr("541.100(a)"), missing));
    }
}
