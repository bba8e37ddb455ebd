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

    /**
     * A saved shift as the form shows it for a change: its day, start and end on the workplace's clock, and its first
     * break (the form has one; a shift planned with more keeps only the first when changed here).
     */
    static ScheduleForm of(org.worktime.server.timerecord.ShiftVersion v, java.time.ZoneId zone) {
        java.time.format.DateTimeFormatter hm = java.time.format.DateTimeFormatter.ofPattern("HH:mm");
        java.time.ZonedDateTime start = v.start().atZone(zone);
        String breakStart = "";
        String breakEnd = "";
        if (v.data().get("breaks") instanceof List<?> breaks && !breaks.isEmpty() && breaks.get(0).toString().contains("/")) {
            String b = breaks.get(0).toString();
            breakStart = hm.format(java.time.OffsetDateTime.parse(b.substring(0, b.indexOf('/'))).atZoneSameInstant(zone));
            breakEnd = hm.format(java.time.OffsetDateTime.parse(b.substring(b.indexOf('/') + 1)).atZoneSameInstant(zone));
        }
        return new ScheduleForm(v.employeeId(), start.toLocalDate().toString(), hm.format(start), hm.format(v.end().atZone(zone)), breakStart,
                breakEnd);
    }

    static ScheduleForm empty(LocalDate day) {
        return new ScheduleForm("", day.toString(), "09:00", "18:00", "12:00", "13:00");
    }
}
