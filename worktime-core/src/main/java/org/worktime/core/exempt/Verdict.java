package org.worktime.core.exempt;

/** The answer of an exemption test. */
public enum Verdict {
    /** Every condition of the test is met. */
    EXEMPT,
    /** At least one condition fails on the data. */
    NOT_EXEMPT,
    /** The data cannot decide: a condition needs a fact nobody attested (the answer names it). */
    INDETERMINATE;

    /** The regime's answer from its tests': exempt if any test exempts, else indeterminate if any cannot decide. */
    public static Verdict anyOf(Iterable<Verdict> verdicts) {
        boolean indeterminate = false;
        for (Verdict v : verdicts) {
            if (v == EXEMPT) {
                return EXEMPT;
            }
            indeterminate |= v == INDETERMINATE;
        }
        return indeterminate ? INDETERMINATE : NOT_EXEMPT;
    }

    /** The answer of conditions that must all hold: not exempt if any fails, else indeterminate if any is unknown. */
    public static Verdict allOf(Iterable<Verdict> verdicts) {
        boolean indeterminate = false;
        for (Verdict v : verdicts) {
            if (v == NOT_EXEMPT) {
                return NOT_EXEMPT;
            }
            indeterminate |= v == INDETERMINATE;
        }
        return indeterminate ? INDETERMINATE : EXEMPT;
    }
}
