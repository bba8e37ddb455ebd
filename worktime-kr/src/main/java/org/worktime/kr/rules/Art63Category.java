package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Exclusion;

/**
 * The Art. 63 categories that lift the hours, breaks and holiday rules (Arts 50-55, 56(1)-(2)), kr.md 5.2.
 * Surveillance and intermittent work is excluded only with MOEL's approval.
 */
public enum Art63Category {
    AGRICULTURE_FORESTRY("Art. 63(1)", false),
    LIVESTOCK_FISHERIES("Art. 63(2)", false),
    SURVEILLANCE_INTERMITTENT("Art. 63(3)", true),
    MANAGERIAL_CONFIDENTIAL("Art. 63(4); Decree Art. 34", false);

    private final String article;
    private final boolean needsApproval;

    Art63Category(String article, boolean needsApproval) {
        this.article = article;
        this.needsApproval = needsApproval;
    }

    public String article() {
        return article;
    }

    public boolean needsApproval() {
        return needsApproval;
    }

    public static Optional<Art63Category> parse(String text) {
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the employee's exclusion lifts the hours rules on the date. */
    public static boolean excludes(Employee employee, LocalDate date) {
        Exclusion exclusion = employee.exclusion();
        if (exclusion == null) {
            return false;
        }
        Optional<Art63Category> category = parse(exclusion.category());
        if (category.isEmpty()) {
            return false;
        }
        return !category.get().needsApproval() || exclusion.approvedOn() != null && !exclusion.approvedOn().isAfter(date);
    }

    /**
     * The first epoch day on which {@link #excludes} is true, for ever after ({@code Long.MAX_VALUE}: never;
     * {@code Long.MIN_VALUE}: always): the category is parsed once per employee instead of on every ask.
     */
    static long excludedFrom(Employee employee) {
        Exclusion exclusion = employee.exclusion();
        if (exclusion == null) {
            return Long.MAX_VALUE;
        }
        Optional<Art63Category> category = parse(exclusion.category());
        if (category.isEmpty()) {
            return Long.MAX_VALUE;
        }
        if (!category.get().needsApproval()) {
            return Long.MIN_VALUE;
        }
        return exclusion.approvedOn() == null ? Long.MAX_VALUE : exclusion.approvedOn().toEpochDay();
    }
}
