package org.worktime.server.ui.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schedule page's form for one planned shift, as typed: an employee, a date, a start and an end time (an end at or
 * before the start is the next day, as a night shift is entered), and an optional break. It becomes the bundle shift
 * map of docs/FORMATS.md, which the server's reader checks as it checks the API's; a time that does not parse is passed
 * on as typed, so the reader's own message names it.
 */
public record ScheduleForm(String employee, String date, String start, String end, String breakStart, String breakEnd) {

    /** Whether every required field has a value, so the shift can be judged. */
    public boolean complete() {
        return filled(employee) && filled(date) && filled(start) && filled(end);
    }

    public Map<String, Object> shift() {
        Map<String, Object> shift = new LinkedHashMap<>();
        shift.put("employee", employee.strip());
        shift.put("start", date.strip() + "T" + start.strip());
        shift.put("end", endDate() + "T" + end.strip());
        if (filled(breakStart) && filled(breakEnd)) {
            shift.put("breaks", List.of(breakStart.strip() + "-" + breakEnd.strip()));
        }
        return shift;
    }

    /** The end's date: the next day when the end time is not after the start time. */
    private String endDate() {
        try {
            LocalDate day = LocalDate.parse(date.strip());
            return LocalTime.parse(end.strip()).isAfter(LocalTime.parse(start.strip())) ? day.toString() : day.plusDays(1).toString();
        } catch (DateTimeParseException e) {
            return date.strip();
        }
    }

    private static boolean filled(String s) {
        return s != null && !s.isBlank();
    }

    static ScheduleForm empty(LocalDate day) {
        return new ScheduleForm("", day.toString(), "09:00", "18:00", "12:00", "13:00");
    }
}
