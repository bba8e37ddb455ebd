package org.worktime.cli;

import org.worktime.core.finding.Text;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * The {@code --as-of} value: an instant with an offset ({@code 2025-03-31T09:00Z}, {@code 2025-03-31T18:00+09:00}),
 * or a local date-time or date in the workplace's zone ({@code 2025-03-31T18:00}, {@code 2025-03-31} = its start).
 * The zone is known only once the dataset is read, hence {@link #resolve}.
 */
record AsOf(String text, Instant instant, LocalDateTime local) {

    static AsOf parse(String text) {
        AsOf asOf = parseAny(text);
        int year = asOf.local != null ? asOf.local.getYear() : asOf.instant.atOffset(java.time.ZoneOffset.UTC).getYear();
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException(Text.of("cli.option.as-of-years", "value", text).in(Languages.ambient()));
        }
        return asOf;
    }

    private static AsOf parseAny(String text) {
        String s = text.strip();
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(s, ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from);
            if (parsed instanceof ZonedDateTime z) {
                return new AsOf(s, z.toInstant(), null);
            }
            if (parsed instanceof OffsetDateTime o) {
                return new AsOf(s, o.toInstant(), null);
            }
            return new AsOf(s, null, (LocalDateTime) parsed);
        } catch (DateTimeParseException notADateTime) {
            try {
                return new AsOf(s, null, LocalDate.parse(s).atStartOfDay());
            } catch (DateTimeParseException notADate) {
                throw new IllegalArgumentException(Text.of("cli.option.as-of", "value", text).in(Languages.ambient()));
            }
        }
    }

    /** The instant, reading a local date-time in the workplace's zone (the earlier offset in a DST overlap). */
    Instant resolve(ZoneId zone) {
        return instant != null ? instant : local.atZone(zone).toInstant();
    }
}
