package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.testing.Scenario;

/** Test helpers for flexible arrangements: an agreement with its unit and week patterns. */
final class Flexible {

    private Flexible() {
    }

    /** Adds a flexible arrangement of the kind, from {@code from} to {@code to} (inclusive), for the employees or all. */
    static Scenario arrangement(Scenario scenario, String kind, String from, String to, Map<String, String> terms, String... employees) {
        return scenario.agreementRecord(new Agreement(kind, LocalDateRange.ofClosed(LocalDate.parse(from), LocalDate.parse(to)),
                Set.of(employees), terms));
    }
}
