package org.worktime.core.finding;

/** How serious a finding is. */
public enum Severity {
    /** A limit was broken (or, for a forecast, will be broken if the plan is worked). */
    VIOLATION,
    /** A limit is close, or a fact needs attention, but nothing is broken. */
    WARNING,
    /** The input cannot decide the question; the finding says what is missing. */
    INDETERMINATE
}
