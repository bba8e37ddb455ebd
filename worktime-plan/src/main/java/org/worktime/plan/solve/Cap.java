package org.worktime.plan.solve;

/**
 * The most hours a group of employee-days may hold: a week of one employee ({@link EmployeeDay#getWeekKey}) or a
 * settlement period ({@link EmployeeDay#getPeriodKey}). Whole hours, rounded down from the engine's seconds.
 */
public record Cap(Kind kind, String key, int hours) {

    /** Which key of the employee-day the cap bounds. */
    public enum Kind { WEEK, PERIOD }
}
