package org.worktime.core.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An employee as the engine sees them.
 *
 * @param birthDate  needed for the protection of minors; null when unknown (rules that need it answer
 *                   "indeterminate")
 * @param hireDate   first day of employment; null when unknown
 * @param endDate    last day of employment, inclusive; null while employed
 * @param exclusion  a category that lifts the hours rules, or null
 * @param attributes further facts a pack may read
 */
public record Employee(
        String id,
        String name,
        LocalDate birthDate,
        LocalDate hireDate,
        LocalDate endDate,
        ContractualHours contractualHours,
        Wage wage,
        List<StatusPeriod> statuses,
        Exclusion exclusion,
        Map<String, String> attributes) {

    public Employee {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contractualHours, "contractualHours");
        name = name == null ? id : name;
        statuses = List.copyOf(statuses == null ? List.of() : statuses);
        attributes = Map.copyOf(attributes == null ? Map.of() : attributes);
    }

    public Optional<Wage> wageIfKnown() {
        return Optional.ofNullable(wage);
    }

    public Optional<Exclusion> exclusionIfAny() {
        return Optional.ofNullable(exclusion);
    }

    public boolean hasStatus(String status, LocalDate date) {
        for (StatusPeriod p : statuses) {
            if (p.status().equals(status) && p.isActiveOn(date)) {
                return true;
            }
        }
        return false;
    }

    /** Age in whole years on the date, or empty when the birth date is unknown. */
    public Optional<Integer> ageOn(LocalDate date) {
        if (birthDate == null) {
            return Optional.empty();
        }
        return Optional.of(java.time.Period.between(birthDate, date).getYears());
    }

    public boolean isEmployedOn(LocalDate date) {
        return (hireDate == null || !date.isBefore(hireDate)) && (endDate == null || !date.isAfter(endDate));
    }
}
