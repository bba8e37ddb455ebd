package org.worktime.plan.out;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.threeten.extra.Interval;
import org.worktime.core.domain.Shift;

/**
 * An option's planned shifts in the documented {@code shifts.csv} format (docs/FORMATS.md): local date-times in the
 * workplace's zone, breaks as {@code HH:MM-HH:MM}, {@code origin} PLANNED and {@code notified_on}. Appended to a
 * dataset's shifts, they are what {@code worktime check --as-of} and {@code worktime watch} read as the plan.
 */
public final class PlannedShiftsCsvWriter {

    public static final String HEADER = "employee,start,end,breaks,origin,notified_on";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private PlannedShiftsCsvWriter() {
    }

    public static void write(List<Shift> shifts, ZoneId zone, Writer out) throws IOException {
        StringBuilder s = new StringBuilder(HEADER).append('\n');
        for (Shift shift : shifts) {
            List<String> breaks = new ArrayList<>();
            for (Interval b : shift.breaks()) {
                breaks.add(time(b.getStart(), zone) + "-" + time(b.getEnd(), zone));
            }
            s.append(shift.employeeId()).append(',').append(local(shift.start(), zone)).append(',').append(local(shift.end(), zone)).append(',')
                    .append(String.join(";", breaks)).append(',').append(shift.origin().name()).append(',')
                    .append(shift.notifiedOn() == null ? "" : shift.notifiedOn().toString()).append('\n');
        }
        out.write(s.toString());
    }

    static String local(Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone).format(LOCAL);
    }

    static String time(Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone).format(TIME);
    }
}
