package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.worktime.core.domain.StatusPeriod;
import org.worktime.core.engine.EmployeeContext;

/**
 * Who the Act protects specially on a date (kr.md 5.3): minors of 15 to 17 (by birth date), pregnant workers
 * (status {@code PREGNANT}) and workers within a year after childbirth (status {@code POSTPARTUM}, whose
 * period the employer records from the birth).
 */
final class Protection {

    /** Status names an employee record may carry. */
    static final String PREGNANT = "PREGNANT";
    static final String POSTPARTUM = "POSTPARTUM";

    private Protection() {
    }

    /** Whether the employee is a minor on the date; empty when the birth date is unknown. */
    static Optional<Boolean> isMinor(EmployeeContext context, LocalDate date) {
        if (context.employee().birthDate() == null) {
            return Optional.empty();
        }
        // The dates of minority, [15th birthday, 18th birthday), computed once per employee: rules ask for every day.
        RuleSupport.EmployeeFacts facts = context.attachment(RuleSupport.EmployeeFacts.class, RuleSupport.EmployeeFacts::of);
        long day = date.toEpochDay();
        return Optional.of(day >= facts.minorFrom() && day < facts.minorUntil());
    }

    static boolean isKnownMinor(EmployeeContext context, LocalDate date) {
        return isMinor(context, date).orElse(false);
    }

    static boolean isPregnant(EmployeeContext context, LocalDate date) {
        return context.employee().hasStatus(PREGNANT, date);
    }

    /**
     * Within the year after childbirth: a POSTPARTUM status active on the date, and the date not past the protected year
     * counted from the status's first day (the birth): a longer or open-ended record protects no further.
     */
    static boolean isPostpartum(EmployeeContext context, LocalDate date) {
        for (StatusPeriod p : context.employee().statuses()) {
            if (p.status().equals(POSTPARTUM) && p.isActiveOn(date) && date.isBefore(protectedUntil(context, p))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first day no longer protected: the year is counted from the day after the birth (Civil Act Arts 157, 160),
     * so a child born on 2026-01-10 leaves 2027-01-10 protected and 2027-01-11 not.
     */
    static LocalDate protectedUntil(EmployeeContext context, StatusPeriod postpartum) {
        LocalDate birth = postpartum.period().getStart();
        return birth.plusMonths(context.parameter("kr.lsa71.protected-months", birth).integer()).plusDays(1);
    }

    /** The daily limit of regular hours for this employee: 7 h for a minor (Art. 69), else 8 h (Art. 50(2)). */
    static long dayLimit(EmployeeContext context, LocalDate date) {
        RuleSupport.EmployeeFacts facts = context.attachment(RuleSupport.EmployeeFacts.class, RuleSupport.EmployeeFacts::of);
        return (isKnownMinor(context, date) ? facts.minorDayLimit : facts.adultDayLimit).on(context, date);
    }

    /** The weekly limit of regular hours: 35 h for a minor since 2018-07-01 (Art. 69), else 40 h (Art. 50(1)). */
    static long weekLimit(EmployeeContext context, LocalDate date) {
        RuleSupport.EmployeeFacts facts = context.attachment(RuleSupport.EmployeeFacts.class, RuleSupport.EmployeeFacts::of);
        return (isKnownMinor(context, date) ? facts.minorWeekLimit : facts.adultWeekLimit).on(context, date);
    }
}
