package org.worktime.server.ui.schedule;

/** A shift in the schedule grid: its record, whether planned or recorded, and its local start and end times. */
public record ScheduleCell(String record, boolean planned, String from, String to) {
}
