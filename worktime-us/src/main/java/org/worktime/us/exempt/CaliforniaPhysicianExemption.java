package org.worktime.us.exempt;

import java.util.List;
import org.joda.money.BigMoney;
import org.worktime.core.domain.Wage;
import org.worktime.core.exempt.Evidence;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.Regime;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.LegalRule;

/**
 * Labor Code 515.6: a licensed physician or surgeon, primarily engaged in duties that require the license (Business and
 * Professions Code 2052), paid by the hour at least the DIR's yearly rate, is exempt from California's overtime (Labor
 * Code 510). A salary does not qualify (the section speaks of an hourly rate): such a doctor may still be exempt under
 * 515(a). Residents and interns (515.6(b)) and the duties are for the attestation {@code us.ca.duties.physician}.
 */
@LegalRule(
        id = "US-CA-LC-515-6",
        law = "California Labor Code",
        article = "515.6",
        effectiveFrom = "2002-01-01",
        version = "DIR adjustments 2012-2025 (2025 USD 103.75/h; 2026 DERIVED, UNCERTAIN)",
        source = "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=LAB&sectionNum=515.6")
public final class CaliforniaPhysicianExemption extends UsExemptionTest {

    public static final String DUTIES = "us.ca.duties.physician";
    static final String RATE = "us.ca.lc515-6.hourly";

    @Override
    public Regime regime() {
        return UsRegimes.CALIFORNIA;
    }

    @Override
    void conditions(ExemptionQuery q, List<Evidence> evidence, List<Text> missing) {
        var outside = CaliforniaScope.outside(q, info().citation());
        if (outside.isPresent()) {
            evidence.add(outside.get());
            return;
        }
        Text condition = Text.of("us.exempt.condition.ca-physician-pay");
        Wage wage = q.employee().wage();
        if (wage == null) {
            missing.add(Text.of("us.missing.wage"));
            evidence.add(new Evidence("pay.hourly", condition, Text.empty(), Text.empty(), Verdict.INDETERMINATE, CaliforniaScope.labor("515.6(a)(2)")));
        } else if (!(wage instanceof Wage.Hourly hourly)) {
            // Settled from the wage alone: no duties are asked of a doctor the section cannot cover.
            evidence.add(new Evidence("pay.hourly", condition, Conditions.describeWage(wage), Text.of("us.exempt.evidence.hourly-rate"), Verdict.NOT_EXEMPT,
                    CaliforniaScope.labor("515.6(a)(2)")));
            return;
        } else {
            Parameter floor = Conditions.param(q, RATE);
            java.util.Optional<BigMoney> paid = q.rates().convert(hourly.rate(), Conditions.USD);
            Text limit = Conditions.inForceFrom(Conditions.per("hour", floor.money()), floor);
            if (paid.isEmpty()) {
                missing.add(UsExemptionTest.exchangeRate(wage.currency()));
                evidence.add(new Evidence("pay.hourly", condition, Conditions.describeWage(wage), limit, Verdict.INDETERMINATE,
                        CaliforniaScope.labor("515.6(a)(2)")));
            } else {
                Verdict v = paid.get().compareTo(floor.money().toBigMoney()) >= 0 ? Verdict.EXEMPT : Verdict.NOT_EXEMPT;
                evidence.add(new Evidence("pay.hourly", condition, Conditions.per("hour", paid.get()), limit, v, CaliforniaScope.labor("515.6(a)(2)")));
                if (v == Verdict.NOT_EXEMPT) {
                    return;
                }
            }
        }
        evidence.add(Conditions.attested(q, DUTIES, "duties.physician",
                Text.of("us.exempt.condition.duties-ca-physician"),
                CaliforniaScope.labor("515.6(a)(1)"), missing));
    }
}
