package org.worktime.server.ui;

import org.worktime.core.watch.Headroom;

/**
 * The colour of an employee's week. The watch's verdict, with one distinction for the reader: a certain breach whose
 * recorded work alone is already beyond the cap has happened ({@link #BREACHED}); one that rests on planned work can
 * still be prevented ({@link #BREACH_CERTAIN}).
 */
public enum Status {
    BREACHED("breached"),
    BREACH_CERTAIN("breach-certain"),
    AT_RISK("at-risk"),
    UNDETERMINED("undetermined"),
    CLEAR("clear"),
    NO_CAP("no-cap");

    private final String css;

    Status(String css) {
        this.css = css;
    }

    /** The CSS class and the tail of the message id {@code server.ui.status.<css>}. */
    public String css() {
        return css;
    }

    public static Status of(Headroom.Status status, long recordedSeconds, Long capSeconds) {
        return switch (status) {
            case BREACH_CERTAIN -> capSeconds != null && recordedSeconds > capSeconds ? BREACHED : BREACH_CERTAIN;
            case AT_RISK -> AT_RISK;
            case INDETERMINATE -> UNDETERMINED;
            case OK -> CLEAR;
            case NOT_APPLICABLE -> NO_CAP;
        };
    }
}
