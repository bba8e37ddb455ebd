package org.worktime.us.exempt;

import java.util.ArrayList;
import java.util.List;
import org.worktime.core.exempt.Eligibility;
import org.worktime.core.exempt.Evidence;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.finding.Text;
import org.worktime.core.param.MissingParameterException;
import org.worktime.core.rule.ExemptionTest;

/**
 * The shape of every US exemption test: collect each condition as evidence, then decide with
 * {@link Eligibility#fromConditions}. A threshold the pack's data does not hold for the date makes the answer
 * indeterminate, never a guess.
 */
abstract class UsExemptionTest implements ExemptionTest {

    @Override
    public final Eligibility decide(ExemptionQuery query) {
        List<Evidence> evidence = new ArrayList<>();
        List<Text> missing = new ArrayList<>();
        try {
            conditions(query, evidence, missing);
        } catch (MissingParameterException e) {
            evidence.add(new Evidence("parameters", Text.legacy("a threshold in force on " + e.date(), e.date() + " 시점의 기준값"),
                    "", e.key(), Verdict.INDETERMINATE, info().citation()));
            missing.add(Text.legacy("the parameter " + e.key() + " for " + e.date() + " (not in the pack's data; supply it as an override)",
                    "파라미터 " + e.key() + " (" + e.date() + ")"));
        } catch (org.worktime.core.domain.InvalidDataException e) {
            // A value in the data the test cannot read (an attribute in the wrong form): named, and the answer open.
            evidence.add(new Evidence("data", Text.legacy("the pay data can be read", "급여 데이터 판독"), e.explanation().en(), "a readable value",
                    Verdict.INDETERMINATE, info().citation()));
            missing.add(e.explanation());
        } catch (Conditions.MissingRateException e) {
            evidence.add(new Evidence("exchange_rate", Text.legacy("an amount converted to USD", "USD 환산"), "", "a stated rate from " + e.currency
                    + " to USD", Verdict.INDETERMINATE, info().citation()));
            missing.add(Text.legacy("an exchange rate from " + e.currency + " to USD", e.currency + "→USD 환율"));
        }
        return Eligibility.fromConditions(query.employeeId(), query.on(), regime(), info(), evidence, missing);
    }

    /** Adds each condition of the test, in the order the regulation states them. */
    abstract void conditions(ExemptionQuery query, List<Evidence> evidence, List<Text> missing);
}
