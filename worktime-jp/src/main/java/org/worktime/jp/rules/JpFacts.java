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
    private java.util.List<org.worktime.core.domain.Agreement> arrangements;
    private final java.util.Map<org.worktime.core.param.Parameter, org.worktime.core.finding.Penalty> penalties = new java.util.IdentityHashMap<>();
    /*
     * Values kept by key (read with get and put, never computeIfAbsent: a value computed here may ask for another,
     * which a HashMap's computeIfAbsent does not allow; the context's memo has that limit).
     */
    private final java.util.Map<Object, Object> kept = new java.util.HashMap<>();

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

    /** The arrangement agreements (variable hours, flextime, discretionary work) that may cover the employee. */
    java.util.List<org.worktime.core.domain.Agreement> arrangements() {
        if (arrangements == null) {
            arrangements = Arrangement.covering(context);
        }
        return arrangements;
    }

    /** The penalties of catalogued rows already said, by the row (the same instance the parameter cache returns). */
    java.util.Map<org.worktime.core.param.Parameter, org.worktime.core.finding.Penalty> penalties() {
        return penalties;
    }

    /** The value kept for the key, computed on first use; a failure is not kept (the next ask fails the same way). */
    @SuppressWarnings("unchecked")
    <T> T kept(Object key, java.util.function.Supplier<T> compute) {
        Object value = kept.get(key);
        if (value == null) {
            value = compute.get();
            kept.put(key, value);
        }
        return (T) value;
    }

    /** The time actually worked by work day, over the whole record (the ISHA's months may reach past the weeks loaded). */
    HoursBeyondForty.WorkedByDay worked() {
        if (worked == null) {
            worked = new HoursBeyondForty.WorkedByDay(context.timeline());
        }
        return worked;
    }
}
