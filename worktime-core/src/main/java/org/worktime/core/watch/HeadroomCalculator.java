package org.worktime.core.watch;

import java.time.Instant;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Workplace;
import org.worktime.core.engine.EmployeeContext;

/**
 * A jurisdiction's answer to "how much may this employee still work this week?" (the {@code worktime watch}
 * question). A pack provides one through {@link org.worktime.core.rule.JurisdictionPack#headroom()}; the
 * {@link Watch} entry point builds the contexts and applies the user's risk threshold.
 *
 * <p>Implementations know the law: which weekly and daily ceilings apply to the employee, whether any applies at
 * all, and the breaks a day of work requires. They read every number from the context's dated parameters.
 */
@FunctionalInterface
public interface HeadroomCalculator {

    /**
     * The employee's headroom in the workplace week containing the as-of instant's date (and, under an averaging
     * arrangement, in its unit period).
     *
     * @param context the employee's context, built for the {@link #horizon} with the as-of instant (shifts starting
     *                before it as recorded, planned shifts from it on), as {@link org.worktime.core.engine.Engine}
     *                builds it; its timeline may hold shifts of other weeks than the as-of date's
     * @param asOf    the instant the answer is given at
     * @return a headroom whose status is {@link Headroom.Status#BREACH_CERTAIN}, {@link Headroom.Status#OK},
     *         {@link Headroom.Status#NOT_APPLICABLE}, {@link Headroom.Status#INDETERMINATE}, or
     *         {@link Headroom.Status#AT_RISK} when a unit's projection exceeds its ceiling; {@link Watch} turns
     *         {@code OK} into {@code AT_RISK} below the user's threshold
     * @throws org.worktime.core.param.MissingParameterException when a parameter has no row in force on a date
     *         ({@link Watch} reports it as indeterminate)
     */
    Headroom compute(EmployeeContext context, Instant asOf);

    /**
     * The dates the employees' contexts must cover to answer at {@code asOf}: the week, widened when the answer needs
     * the shifts of other weeks (the unit period of an averaging arrangement). {@link Watch} widens it further to whole
     * weeks. The default is the week.
     *
     * @param week the workplace week containing the as-of date
     * @return a range enclosing {@code week}
     */
    default LocalDateRange horizon(Workplace workplace, Instant asOf, LocalDateRange week) {
        return week;
    }
}
