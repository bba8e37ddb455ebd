package org.worktime.server.evaluation;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.worktime.server.web.ApiException;

/**
 * An as-of parameter, read as the CLI's {@code --as-of} is: an instant with an offset ({@code 2026-03-12T00:00Z}), a
 * local date-time in the workplace's zone ({@code 2026-03-12T09:00}) or a date (its start). A local time in a DST gap
 * or overlap is refused with both readings, never guessed.
 */
public final class Instants {

    private Instants() {
    }

    public static Instant parse(String parameter, String text, ZoneId zone) {
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeException ignored) {
            // not with an offset: a local date-time or a date
        }
        LocalDateTime local;
        try {
            local = t.length() == 10 ? LocalDate.parse(t).atStartOfDay() : LocalDateTime.parse(t);
        } catch (DateTimeException e) {
            throw ApiException.badRequest(parameter + ": '" + text + "' is not a date-time (expected e.g. 2026-03-12T09:00, 2026-03-12,"
                    + " or 2026-03-12T00:00Z)");
        }
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            throw ApiException.badRequest(parameter + ": " + local + " does not exist in " + zone + " (the clocks jump over it)");
        }
        if (offsets.size() > 1) {
            throw ApiException.badRequest(parameter + ": " + local + " is ambiguous in " + zone + "; write it with an offset: "
                    + local.atOffset(offsets.get(0)) + " or " + local.atOffset(offsets.get(1)));
        }
        return local.atOffset(offsets.get(0)).toInstant();
    }
}
