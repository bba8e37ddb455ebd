package org.worktime.jp.rules;

import org.worktime.core.engine.EmployeeContext;

/**
 * What the Japanese rules ask about one employee again and again, computed once per evaluation: who the hours rules
 * apply to on each date, and the statutory overtime and holiday work of each day. The context's one attachment.
 */
final class JpFacts {

    private final EmployeeContext context;
    private Coverage coverage;
    private StatutoryHours hours;
    private HoursBeyondForty.WorkedByDay worked;
    private Art36Agreement.InForce art36;

    private JpFacts(EmployeeContext context) {
        this.context = context;
    }

    static JpFacts of(EmployeeContext context) {
        return context.attachment(JpFacts.class, JpFacts::new);
    }

    Coverage coverage() {
        if (coverage == null) {
            coverage = new Coverage(context);
        }
        return coverage;
    }

    StatutoryHours hours() {
        if (hours == null) {
            hours = StatutoryHours.compute(context, coverage());
        }
        return hours;
    }

    /** The employee's Art. 36 agreements and the one in force on each day. */
    Art36Agreement.InForce art36() {
        if (art36 == null) {
            art36 = new Art36Agreement.InForce(context);
        }
        return art36;
    }

    /** The time actually worked by work day, over the whole record (the ISHA's months may reach past the weeks loaded). */
    HoursBeyondForty.WorkedByDay worked() {
        if (worked == null) {
            worked = new HoursBeyondForty.WorkedByDay(context.timeline());
        }
        return worked;
    }
}
