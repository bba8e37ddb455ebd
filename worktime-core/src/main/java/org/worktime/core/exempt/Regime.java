package org.worktime.core.exempt;

import java.util.Objects;
import org.worktime.core.finding.Text;

/**
 * An exemption regime: a set of tests any one of which exempts an employee, judged in one currency.
 *
 * @param id       stable id, e.g. {@code US-FLSA}, {@code US-CA}, {@code JP-HPS}, {@code KR-LSA}, or a policy file's id
 * @param currency the currency its thresholds are stated in (salaries in another are converted at a stated rate)
 */
public record Regime(String id, Text name, String currency) {

    public Regime {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
    }
}
