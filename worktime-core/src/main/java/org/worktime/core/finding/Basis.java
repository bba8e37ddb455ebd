package org.worktime.core.finding;

/** Whether a finding rests on recorded work only, or on planned work too (a forecast). */
public enum Basis {
    ACTUAL,
    FORECAST
}
