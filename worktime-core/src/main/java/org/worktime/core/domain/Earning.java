package org.worktime.core.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;

/**
 * Pay other than the base wage: a bonus, a commission, piece-rate earnings, a shift differential, an allowance.
 * Whether and how it counts (toward a regular rate, an exemption's salary test, a premium's base) is for each pack
 * to decide from its {@code kind}.
 *
 * @param kind       a pack-defined kind, e.g. {@code bonus.nondiscretionary}, {@code commission}, {@code allowance.family}
 * @param earnedOver the dates whose work it pays for, half-open (a weekly bonus covers one week; a project bonus
 *                   the weeks of the project)
 * @param paidOn     when it was (or will be) paid; null when unknown
 * @param attributes further facts a pack may read
 */
public record Earning(String employeeId, String kind, Money amount, LocalDateRange earnedOver, LocalDate paidOn,
        Map<String, String> attributes) {

    public Earning {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(earnedOver, "earnedOver");
        if (earnedOver.isEmpty()) {
            throw new IllegalArgumentException("An earning must cover at least one day: " + earnedOver);
        }
        attributes = Map.copyOf(attributes == null ? Map.of() : attributes);
    }

    public static Earning of(String employeeId, String kind, Money amount, LocalDateRange earnedOver) {
        return new Earning(employeeId, kind, amount, earnedOver, null, Map.of());
    }

    public boolean isKind(String prefix) {
        return kind.equals(prefix) || kind.startsWith(prefix + ".");
    }
}
