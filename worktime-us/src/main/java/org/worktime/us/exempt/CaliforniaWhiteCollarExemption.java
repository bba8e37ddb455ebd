package org.worktime.us.exempt;

import java.math.BigDecimal;
import java.util.List;
import org.worktime.core.domain.Wage;
import org.worktime.core.exempt.Evidence;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.Regime;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.LegalRule;
import org.worktime.us.Usd;

/**
 * Labor Code 515(a): California's executive, administrative and professional exemption. A monthly salary of at least
 * twice the state minimum wage for full-time work (the state rate, never a local one: 2 x MW x 2,080 a year, "at least",
 * so the boundary is exempt), and the employee primarily engaged (more than half the time) in exempt duties, attested.
 */
@LegalRule(
        id = "US-CA-LC-515-A",
        law = "California Labor Code",
        article = "515(a)",
        effectiveFrom = "2000-01-01",
        version = "AB 60 (1999); state minimum wage 2025 USD 16.50, 2026 USD 16.90",
        source = "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=LAB&sectionNum=515")
public final class CaliforniaWhiteCollarExemption extends UsExemptionTest {

    public static final String DUTIES = "us.ca.exempt_duties_over_half";

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
        evidence.add(Conditions.salaryBasis(q, missing));
        java.util.OptionalInt headcount = q.workplace().headcountOn(q.on());
        // From 2017 to 2022 the state minimum wage depended on the employer's size (SB 3): a band row needs the headcount.
        java.util.Optional<Parameter> found = q.parameters().find("us.ca.min-wage", q.on(), headcount);
        if (found.isEmpty() && headcount.isEmpty() && q.parameters().history("us.ca.min-wage").stream()
                .anyMatch(r -> r.scope().isBand() && r.isInForceOn(q.on()))) {
            missing.add(Text.of("us.missing.headcount", "date", q.on()));
            evidence.add(new Evidence("salary.level", Text.of("us.exempt.condition.ca-salary-level"), Text.empty(),
                    Text.of("us.exempt.evidence.ca-level-by-size", "multiple", Conditions.param(q, "us.ca.exempt.salary-multiple").decimal(),
                            "hours", Conditions.param(q, "us.ca.exempt.full-time-hours-a-year").decimal()), Verdict.INDETERMINATE,
                    CaliforniaScope.labor("515(a)")));
            evidence.add(duties(q, missing));
            return;
        }
        Parameter wage = found.orElseThrow(() -> new org.worktime.core.param.MissingParameterException("us.ca.min-wage", q.on()));
        BigDecimal multiple = Conditions.param(q, "us.ca.exempt.salary-multiple").decimal();
        BigDecimal hours = Conditions.param(q, "us.ca.exempt.full-time-hours-a-year").decimal();
        BigDecimal annual = wage.money().getAmount().multiply(multiple).multiply(hours);
        Text threshold = wage.scope().isBand()
                ? Text.of("us.exempt.evidence.ca-level-band", "annual", Usd.money(annual), "multiple", multiple, "wage", Usd.money(wage.money()),
                        "hours", hours, "from", wage.effective().getStart(), "band", wage.scope().toString().substring("headcount:".length()))
                : QueryMemo.words(q, () -> Text.of("us.exempt.evidence.ca-level", "annual", Usd.money(annual), "multiple", multiple,
                        "wage", Usd.money(wage.money()), "hours", hours, "from", wage.effective().getStart()));
        var salary = Conditions.annualSalary(q);
        Text condition = Text.of("us.exempt.condition.ca-salary-level");
        if (salary.isEmpty()) {
            Verdict v = q.employee().wage() instanceof Wage.Hourly ? Verdict.NOT_EXEMPT : Verdict.INDETERMINATE;
            evidence.add(new Evidence("salary.level", condition, Text.of("us.exempt.evidence.no-salary"), threshold, v, CaliforniaScope.labor("515(a)")));
        } else {
            evidence.add(new Evidence("salary.level", condition, QueryMemo.words(q, () -> Conditions.per("year", salary.get())), threshold,
                    salary.get().getAmount().compareTo(annual) >= 0 ? Verdict.EXEMPT : Verdict.NOT_EXEMPT, CaliforniaScope.labor("515(a)")));
        }
        evidence.add(duties(q, missing));
    }

    private static Evidence duties(ExemptionQuery q, List<Text> missing) {
        return Conditions.attested(q, DUTIES, "duties.primarily_exempt",
                Text.of("us.exempt.condition.duties-ca-over-half"),
                CaliforniaScope.labor("515(a)"), missing);
    }
}
