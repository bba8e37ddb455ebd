package org.worktime.server.ui.employee;

import java.time.LocalDate;

/**
 * One day of the employee's week, in seconds as the engine counts them (to the work day a shift starts on): the
 * ledger's worked, night and holiday work, and the overtime the pack pays for that day; ordinary is the rest. Night
 * work overlaps the others (a night hour is also ordinary or overtime), so it is drawn beside them, not stacked.
 */
public record Day(LocalDate date, long ordinary, long overtime, long holiday, long night, long planned) {

    public long worked() {
        return ordinary + overtime + holiday;
    }
}
