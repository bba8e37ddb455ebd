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
 * Labor Code 515.5: California's computer software employee exemption, with the DIR's yearly figures: paid by the hour
 * at least the hourly figure; paid a monthly salary at least the monthly figure; any other salary at least the annual
 * figure. The duties (intellectual or creative work with discretion; systems analysis, design, development, testing;
 * highly skilled) are attested.
 */
@LegalRule(
        id = "US-CA-LC-515-5",
        law = "California Labor Code",
        article = "515.5",
        effectiveFrom = "2000-01-01",
        version = "DIR adjustments: 2025 USD 56.97/h, 2026 USD 58.85/h",
        source = "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=LAB&sectionNum=515.5")
public final class CaliforniaComputerExemption extends UsExemptionTest {

    public static final String DUTIES = "us.ca.duties.computer";

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
        Text condition = Text.of("us.exempt.condition.ca-computer-pay");
        Wage wage = q.employee().wage();
        Evidence pay;
        if (wage == null) {
            missing.add(Text.of("us.missing.wage"));
            pay = new Evidence("pay.level", condition, Text.empty(), Text.empty(), Verdict.INDETERMINATE, CaliforniaScope.labor("515.5(a)(4)"));
        } else {
            // A wage in another currency is compared in USD at the stated rate; without one the answer cannot be known.
            boolean monthly = wage instanceof Wage.Salaried s && s.per() == Wage.SalaryPeriod.MONTH;
            String per = wage instanceof Wage.Hourly ? "hour" : monthly ? "month" : "year";
            Parameter floor = Conditions.param(q, per.equals("hour") ? "us.ca.lc515-5.hourly" : per.equals("month") ? "us.ca.lc515-5.monthly"
                    : "us.ca.lc515-5.annual");
            java.util.Optional<BigMoney> paid = switch (wage) {
                case Wage.Hourly h -> q.rates().convert(h.rate(), Conditions.USD);
                case Wage.Salaried s when s.per() == Wage.SalaryPeriod.MONTH -> q.rates().convert(s.amount(), Conditions.USD);
                default -> Conditions.annualSalary(q);
            };
            if (paid.isEmpty()) {
                missing.add(UsExemptionTest.exchangeRate(wage.currency()));
                pay = new Evidence("pay.level", condition, Conditions.describeWage(wage), Conditions.per(per, floor.money()),
                        Verdict.INDETERMINATE, CaliforniaScope.labor("515.5(a)(4)"));
            } else {
                pay = compare(condition, Conditions.per(per, paid.get()), paid.get(), floor, per);
            }
        }
        evidence.add(pay);
        evidence.add(Conditions.attested(q, DUTIES, "duties.computer",
                Text.of("us.exempt.condition.duties-ca-computer"),
                CaliforniaScope.labor("515.5(a)"), missing));
    }

    private static Evidence compare(Text condition, Text observed, BigMoney paid, Parameter floor, String per) {
        return new Evidence("pay.level", condition, observed, Conditions.inForceFrom(Conditions.per(per, floor.money()), floor),
                paid.compareTo(floor.money().toBigMoney()) >= 0 ? Verdict.EXEMPT : Verdict.NOT_EXEMPT, CaliforniaScope.labor("515.5(a)(4)"));
    }
}
