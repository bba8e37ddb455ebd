package org.worktime.us.rules;

/** What an hour of a workweek is under one law: straight time or an overtime band, with the pay line kind it is paid under. */
enum Band {
    /** Straight time. */
    REGULAR("STRAIGHT_TIME"),
    /** FLSA s.7(a): over 40 in the workweek. */
    FEDERAL_OVERTIME("OVERTIME"),
    /** Labor Code 510(a): over 8 in a workday, up to 12. */
    CA_DAILY("CA_DAILY_OVERTIME"),
    /** Over 12 in a workday. */
    CA_DOUBLE("CA_DOUBLE_TIME"),
    /** The first 8 hours of the seventh consecutive day of work in the workweek. */
    CA_SEVENTH("CA_SEVENTH_DAY"),
    /** Over 8 on the seventh consecutive day. */
    CA_SEVENTH_DOUBLE("CA_SEVENTH_DAY_DOUBLE"),
    /** Labor Code 511(b): the first 8 hours of a day an alternative workweek schedule does not schedule. */
    CA_UNSCHEDULED("CA_UNSCHEDULED_DAY"),
    /** Over 8 on a day the alternative workweek schedule does not schedule. */
    CA_UNSCHEDULED_DOUBLE("CA_UNSCHEDULED_DAY_DOUBLE"),
    /** Over 40 non-overtime hours in the workweek (no pyramiding: daily overtime hours are not counted again). */
    CA_WEEKLY("CA_WEEKLY_OVERTIME");

    final String kind;

    Band(String kind) {
        this.kind = kind;
    }

    boolean isDouble() {
        return this == CA_DOUBLE || this == CA_SEVENTH_DOUBLE || this == CA_UNSCHEDULED_DOUBLE;
    }
}
