package org.worktime.core.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.threeten.extra.LocalDateRange;

/**
 * An agreement on file at a workplace, such as the Korean Art. 53 extended-work agreement.
 *
 * @param kind      a pack-defined kind, e.g. {@code KR-LSA-53-1} for the extended-work agreement
 * @param validity  half-open range of dates on which it is in force
 * @param employees ids of the employees it covers; empty means every employee
 * @param terms     further terms, free key/value pairs the pack reads
 */
public record Agreement(String kind, LocalDateRange validity, Set<String> employees, Map<String, String> terms) {

    public Agreement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(validity, "validity");
        employees = Set.copyOf(employees == null ? Set.of() : employees);
        terms = Map.copyOf(terms == null ? Map.of() : terms);
    }

    public static Agreement of(String kind, LocalDateRange validity) {
        return new Agreement(kind, validity, Set.of(), Map.of());
    }

    public boolean covers(String employeeId, LocalDate date) {
        return validity.contains(date) && (employees.isEmpty() || employees.contains(employeeId));
    }
}
