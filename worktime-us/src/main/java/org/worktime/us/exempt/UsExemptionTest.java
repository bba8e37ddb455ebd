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
            evidence.add(new Evidence("parameters", Text.of("us.exempt.condition.threshold-in-force", "date", e.date()),
                    Text.empty(), Text.verbatim(e.key()), Verdict.INDETERMINATE, info().citation()));
            missing.add(Text.of("us.missing.parameter", "key", e.key(), "date", e.date()));
        } catch (org.worktime.core.domain.InvalidDataException e) {
            // A value in the data the test cannot read (an attribute in the wrong form): named, and the answer open.
            evidence.add(new Evidence("data", Text.of("us.exempt.condition.data-readable"), e.explanation(), Text.of("us.exempt.evidence.readable-value"),
                    Verdict.INDETERMINATE, info().citation()));
            missing.add(e.explanation());
        } catch (Conditions.MissingRateException e) {
            evidence.add(new Evidence("exchange_rate", Text.of("us.exempt.condition.converted-to-usd"), Text.empty(),
                    Text.of("us.exempt.evidence.stated-rate", "currency", e.currency.getCode()), Verdict.INDETERMINATE, info().citation()));
            missing.add(exchangeRate(e.currency));
        }
        if (QueryMemo.verdictOnly(query)) {
            // The verdict fromConditions gives, without its reason (which only the exempt command shows).
            List<Verdict> outcomes = new ArrayList<>();
            evidence.forEach(e -> outcomes.add(e.outcome()));
            return new Eligibility(query.employeeId(), query.on(), regime(), info(), Verdict.allOf(outcomes), Text.empty(), evidence, missing);
        }
        return Eligibility.fromConditions(query.employeeId(), query.on(), regime(), info(), evidence, missing);
    }

    /** The missing item when an amount in a currency has no stated rate to USD. */
    static Text exchangeRate(org.joda.money.CurrencyUnit currency) {
        return Text.of("us.missing.exchange-rate", "currency", currency.getCode());
    }

    /** Adds each condition of the test, in the order the regulation states them. */
    abstract void conditions(ExemptionQuery query, List<Evidence> evidence, List<Text> missing);
}
