package org.worktime.plan.solve;

/**
 * Work to reach, in whole hours: the whole team's over the window ({@link Kind#TOTAL}, key ignored), one employee's
 * ({@link Kind#EMPLOYEE}, key = employee id) or the team's in one week ({@link Kind#WEEK}, key = the week's first date).
 */
public record Target(Kind kind, String key, int hours) {

    /** What the target sums. */
    public enum Kind { TOTAL, EMPLOYEE, WEEK }
}
