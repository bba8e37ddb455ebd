package org.worktime.us.exempt;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Earning;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.InvalidDataException;
import org.worktime.core.finding.Text;

/**
 * The deductions from a salary that 541.602(b) permits, each an earning kind, and what a deduction of each kind needs
 * to stay permitted. The list of (b) is closed: any other {@code deduction.*} kind is improper, since a salary must be
 * paid in full "subject to the exceptions" of (b) (541.602(a)); partial-day absences and lack of work are named
 * improper kinds so that a payroll export can say so plainly.
 */
final class Deductions {

    /** 541.602(b)(1): absence of one or more full days for personal reasons other than sickness or disability. */
    static final String FULL_DAY_PERSONAL = "deduction.full_day_personal";
    /** 541.602(b)(2): full-day absences for sickness or disability under a bona fide plan (attested: {@link #SICK_PLAN}). */
    static final String FULL_DAY_SICKNESS = "deduction.full_day_sickness";
    /** 541.602(b)(3): offsets of jury fees, witness fees or military pay received for a week. */
    static final String OFFSET = "deduction.offset";
    /** 541.602(b)(4): a penalty imposed in good faith for infractions of safety rules of major significance. */
    static final String SAFETY_PENALTY = "deduction.safety_penalty";
    /** 541.602(b)(5): unpaid suspension of one or more full days for workplace conduct, under a written policy for all. */
    static final String DISCIPLINARY_FULL_DAY = "deduction.disciplinary_full_day";
    /** 541.602(b)(6): pay for the time actually worked in the first or last week of employment. */
    static final String FIRST_LAST_WEEK = "deduction.first_last_week";
    /** 541.602(b)(7): unpaid leave under the Family and Medical Leave Act, full or partial days. */
    static final String FMLA = "deduction.fmla";
    /** Improper: an absence of less than a day (541.602(a), (b)(1) a contrario). */
    static final String PARTIAL_DAY_PERSONAL = "deduction.partial_day_personal";
    /** Improper: time when the employee was ready, willing and able to work but no work was available (541.602(a)(1)). */
    static final String NO_WORK_AVAILABLE = "deduction.no_work_available";

    /** Attested: the sickness deductions follow a bona fide plan, policy or practice of paying for sick days (541.602(b)(2)). */
    static final String SICK_PLAN = "us.salary_basis.sick_leave_plan";
    /** Attested: a written policy of disciplinary suspensions applicable to all employees (541.602(b)(5)). */
    static final String DISCIPLINARY_POLICY = "us.salary_basis.written_disciplinary_policy";
    /** The earning attribute recording when an improper deduction was paid back (541.603(c), (d)). */
    static final String REIMBURSED_ON = "reimbursed_on";

    /** The paragraph of 541.602(b) permitting each kind, and the attestation it needs, if any. */
    private record Permit(String paragraph, String attestation) {
    }

    private static final Map<String, Permit> PERMITTED = Map.of(
            FULL_DAY_PERSONAL, new Permit("541.602(b)(1)", null),
            FULL_DAY_SICKNESS, new Permit("541.602(b)(2)", SICK_PLAN),
            OFFSET, new Permit("541.602(b)(3)", null),
            SAFETY_PENALTY, new Permit("541.602(b)(4)", null),
            DISCIPLINARY_FULL_DAY, new Permit("541.602(b)(5)", DISCIPLINARY_POLICY),
            FIRST_LAST_WEEK, new Permit("541.602(b)(6)", null),
            FMLA, new Permit("541.602(b)(7)", null));

    private Deductions() {
    }

    /** The paragraph of (b) that permits the kind (or a sub-kind of it, e.g. {@code deduction.fmla.intermittent}); empty if improper. */
    static Optional<String> permittingParagraph(Earning deduction) {
        return permit(deduction).map(Permit::paragraph);
    }

    /** The attestation a permitted kind rests on (a plan, a written policy), if it needs one. */
    static Optional<String> requiredAttestation(Earning deduction) {
        return permit(deduction).map(Permit::attestation);
    }

    private static Optional<Permit> permit(Earning deduction) {
        return PERMITTED.entrySet().stream().filter(e -> deduction.isKind(e.getKey())).map(Map.Entry::getValue).findFirst();
    }

    /**
     * A first- or last-week deduction is permitted only for the workweek the employment began or ended in: its period
     * must overlap the workweek containing the hire date or the last day.
     */
    static boolean inFirstOrLastWeek(Earning deduction, Employee employee, java.time.DayOfWeek weekStart) {
        LocalDateRange over = deduction.earnedOver();
        return overlapsWeekOf(over, employee.hireDate(), weekStart) || overlapsWeekOf(over, employee.endDate(), weekStart);
    }

    private static boolean overlapsWeekOf(LocalDateRange over, LocalDate day, java.time.DayOfWeek weekStart) {
        if (day == null) {
            return false;
        }
        LocalDate start = day.with(java.time.temporal.TemporalAdjusters.previousOrSame(weekStart));
        return over.overlaps(LocalDateRange.of(start, start.plusDays(7)));
    }

    /** When an improper deduction was paid back, if the earning records it; a date in the wrong form is named. */
    static Optional<LocalDate> reimbursedOn(Earning deduction) {
        String value = deduction.attributes().get(REIMBURSED_ON);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.trim()));
        } catch (DateTimeParseException e) {
            throw new InvalidDataException(Text.of("us.data.reimbursed-on-not-a-date", "attribute", REIMBURSED_ON, "value", value,
                    "kind", deduction.kind()));
        }
    }
}
