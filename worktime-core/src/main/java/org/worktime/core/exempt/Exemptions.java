package org.worktime.core.exempt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Employee;
import org.worktime.core.param.ParameterTable;
import org.worktime.core.rule.ExemptionTest;

/** Runs exemption tests over the employees of a dataset on one date, grouped by regime. Pure. */
public final class Exemptions {

    private Exemptions() {
    }

    /** Every employee's decision under each regime of the tests, in the dataset's order, tests in the given order. */
    public static List<RegimeDecision> decide(Dataset dataset, LocalDate on, List<ExemptionTest> tests, ParameterTable parameters,
            ExchangeRates rates) {
        List<RegimeDecision> decisions = new ArrayList<>();
        for (Employee employee : dataset.employees()) {
            decisions.addAll(decide(ExemptionQuery.of(dataset, employee, on, parameters, rates), tests));
        }
        return decisions;
    }

    /** A test's decision; a value in the data the test cannot read makes it indeterminate, naming the value. */
    public static Eligibility decide(ExemptionTest test, ExemptionQuery query) {
        try {
            return test.decide(query);
        } catch (org.worktime.core.domain.InvalidDataException e) {
            return unreadable(test, query, e.explanation());
        } catch (IllegalArgumentException | java.time.DateTimeException | ArithmeticException e) {
            String what = String.valueOf(e.getMessage());
            return unreadable(test, query, org.worktime.core.finding.Text.of("core.exempt.unreadable-value", "what", what));
        }
    }

    private static Eligibility unreadable(ExemptionTest test, ExemptionQuery query, org.worktime.core.finding.Text why) {
        org.worktime.core.finding.Text reason = org.worktime.core.finding.Text.of("core.cannot-decide", "why", why);
        return new Eligibility(query.employeeId(), query.on(), test.regime(), test.info(), Verdict.INDETERMINATE, reason,
                List.of(new Evidence("data", org.worktime.core.finding.Text.of("core.exempt.data-readable"),
                        org.worktime.core.finding.Text.empty(), org.worktime.core.finding.Text.empty(),
                        Verdict.INDETERMINATE, null)), List.of(why));
    }

    /** One employee's decision under each regime of the tests. */
    public static List<RegimeDecision> decide(ExemptionQuery query, List<ExemptionTest> tests) {
        Map<Regime, List<Eligibility>> byRegime = new LinkedHashMap<>();
        for (ExemptionTest test : tests) {
            if (test.info().isEffectiveOn(query.on())) {
                byRegime.computeIfAbsent(test.regime(), r -> new ArrayList<>()).add(decide(test, query));
            }
        }
        List<RegimeDecision> decisions = new ArrayList<>();
        byRegime.forEach((regime, list) -> decisions.add(RegimeDecision.of(query.employeeId(), regime, list)));
        return decisions;
    }
}
