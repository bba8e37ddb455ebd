package org.worktime.core.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A category that takes an employee out of the hours rules, such as the Korean Art. 63 categories.
 *
 * @param category   a pack-defined category name
 * @param approvedOn the date of the authority's approval where the category needs one, else null
 */
public record Exclusion(String category, LocalDate approvedOn) {

    public Exclusion {
        Objects.requireNonNull(category, "category");
    }
}
