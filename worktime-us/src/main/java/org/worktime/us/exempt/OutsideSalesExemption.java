package org.worktime.us.exempt;

import java.util.List;
import org.worktime.core.exempt.Evidence;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.Regime;
import org.worktime.core.finding.Text;
import org.worktime.core.rule.LegalRule;

/**
 * 541.500: outside sales employees. No salary test (541.500(c)); the duties (primary duty making sales or obtaining
 * orders, customarily and regularly away from the employer's place of business) are attested.
 */
@LegalRule(
        id = "US-FLSA-541-500",
        law = "29 CFR",
        article = "541.500",
        effectiveFrom = "2004-08-23",
        version = "69 FR 22122 (2004-04-23)",
        source = "https://www.law.cornell.edu/cfr/text/29/541.500")
public final class OutsideSalesExemption extends UsExemptionTest {

    public static final String DUTIES = "us.duties.outside_sales";

    @Override
    public Regime regime() {
        return UsRegimes.FEDERAL;
    }

    @Override
    void conditions(ExemptionQuery q, List<Evidence> evidence, List<Text> missing) {
        evidence.add(Conditions.attested(q, DUTIES, "duties.outside_sales",
                Text.of("us.exempt.condition.duties-outside-sales"),
                Conditions.cfr("541.500(a)"), missing));
    }
}
