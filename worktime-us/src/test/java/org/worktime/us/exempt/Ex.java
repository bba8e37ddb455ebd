package org.worktime.us.exempt;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Dataset;
import org.worktime.core.exempt.Eligibility;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.finding.Citation;
import org.worktime.core.param.Parameter;
import org.worktime.core.param.ParameterTable;
import org.worktime.core.param.Scope;
import org.worktime.core.rule.ExemptionTest;
import org.worktime.core.testing.RuleVerifier;
import org.worktime.core.testing.Scenario;
import org.worktime.us.UnitedStatesPack;

/** Shared set-up for the exemption tests. */
final class Ex {

    static final UnitedStatesPack PACK = new UnitedStatesPack();
    static final RuleVerifier VERIFIER = RuleVerifier.of(PACK);

    private Ex() {
    }

    static Scenario federal() {
        return Scenario.in("US", "America/New_York").weekStart(DayOfWeek.SUNDAY).attribute("us.state", "NY");
    }

    static Scenario california() {
        return Scenario.in("US", "America/Los_Angeles").weekStart(DayOfWeek.SUNDAY).attribute("us.state", "CA");
    }

    /** A decision with some parameters overridden (as a user's --parameters file would). */
    static Eligibility decideWith(ExemptionTest test, Scenario scenario, String employeeId, String date, Parameter... overrides) {
        Dataset dataset = scenario.dataset();
        ParameterTable table = PACK.parameters().overriddenBy(ParameterTable.of(List.of(overrides)));
        return test.decide(ExemptionQuery.of(dataset, dataset.employee(employeeId), LocalDate.parse(date), table, null));
    }

    static Parameter row(String key, String value, String from, String to) {
        return new Parameter(key, Scope.ALL, value, to == null ? LocalDateRange.ofUnboundedEnd(LocalDate.parse(from))
                : LocalDateRange.ofClosed(LocalDate.parse(from), LocalDate.parse(to)), new Citation("test", "override", "", ""));
    }
}
