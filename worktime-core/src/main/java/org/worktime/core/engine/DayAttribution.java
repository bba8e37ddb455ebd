package org.worktime.core.engine;

/** To which day the time of a shift that crosses midnight is counted for daily and weekly limits. */
public enum DayAttribution {
    /** A continuous shift belongs wholly to the day it started (Korea, Japan). */
    SHIFT_START_DAY,
    /** Each part belongs to its own calendar day. */
    CALENDAR_DAY
}
