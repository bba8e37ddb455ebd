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

    /** One employee's decision under each regime of the tests. */
    public static List<RegimeDecision> decide(ExemptionQuery query, List<ExemptionTest> tests) {
        Map<Regime, List<Eligibility>> byRegime = new LinkedHashMap<>();
        for (ExemptionTest test : tests) {
            if (test.info().isEffectiveOn(query.on())) {
                byRegime.computeIfAbsent(test.regime(), r -> new ArrayList<>()).add(test.decide(query));
            }
        }
        List<RegimeDecision> decisions = new ArrayList<>();
        byRegime.forEach((regime, list) -> decisions.add(RegimeDecision.of(query.employeeId(), regime, list)));
        return decisions;
    }
}
