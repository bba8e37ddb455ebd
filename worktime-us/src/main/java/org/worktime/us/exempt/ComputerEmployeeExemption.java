package org.worktime.us.exempt;

import java.util.List;
import org.worktime.core.domain.Wage;
import org.worktime.core.exempt.Evidence;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.Regime;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.LegalRule;

/**
 * 541.400: computer employees. Paid by the hour, the rate must be at least the hourly figure of 541.400(b) (USD 27.63,
 * unchanged by the 2019 rule); paid a salary, the salary basis and level of the other white-collar tests apply. The
 * duties (systems analysis, design, development, testing or modification of systems or programs) are attested.
 */
@LegalRule(
        id = "US-FLSA-541-400",
        law = "29 CFR",
        article = "541.400",
        effectiveFrom = "2004-08-23",
        version = "69 FR 22122 (2004-04-23); FLSA s.13(a)(17)",
        source = "https://www.law.cornell.edu/cfr/text/29/541.400")
public final class ComputerEmployeeExemption extends UsExemptionTest {

    public static final String DUTIES = "us.duties.computer";

    @Override
    public Regime regime() {
        return UsRegimes.FEDERAL;
    }

    @Override
    void conditions(ExemptionQuery q, List<Evidence> evidence, List<Text> missing) {
        if (q.employee().wage() instanceof Wage.Hourly hourly) {
            Parameter floor = Conditions.param(q, "us.flsa541.computer-hourly");
            var rate = q.rates().convert(hourly.rate(), Conditions.USD);
            Verdict v = rate.isEmpty() ? Verdict.INDETERMINATE
                    : rate.get().compareTo(floor.money().toBigMoney()) >= 0 ? Verdict.EXEMPT : Verdict.NOT_EXEMPT;
            if (rate.isEmpty()) {
                missing.add(UsExemptionTest.exchangeRate(hourly.currency()));
            }
            evidence.add(new Evidence("pay.hourly", Text.of("us.exempt.condition.computer-hourly", "citation", Conditions.cfr("541.400(b)")),
                    Conditions.per("hour", hourly.rate()), Conditions.inForceFrom(Conditions.per("hour", floor.money()), floor),
                    v, Conditions.cfr("541.400(b)")));
        } else {
            evidence.add(Conditions.salaryBasis(q, missing));
            evidence.addAll(Conditions.salaryLevel(q, missing, true));
        }
        evidence.add(Conditions.attested(q, DUTIES, "duties.computer",
                Text.of("us.exempt.condition.duties-computer"),
                Conditions.cfr("541.400(b)"), missing));
    }
}
