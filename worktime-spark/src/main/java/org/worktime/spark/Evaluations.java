package org.worktime.spark;

import java.io.Serializable;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Workplace;
import org.worktime.core.engine.Evaluation;
import org.worktime.core.i18n.Language;
import org.worktime.core.param.ParameterTable;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.io.read.InputException;
import org.worktime.io.read.ParameterOverrides;

/**
 * What each workplace is evaluated with, as {@code worktime check} builds its {@link Evaluation}: the period, the
 * {@code --as-of} instant (a local date-time or date read in the workplace's zone), the {@code --parameters} rows
 * checked against the workplace's pack. Broadcast once; the override file travels as its bytes and is read by the
 * CLI's own {@link ParameterOverrides} reader, once per JVM and jurisdiction.
 */
final class Evaluations implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, LocalDateRange> periods;
    private final String asOf;
    private final String parametersName;
    private final byte[] parameters;
    private transient Map<String, Optional<ParameterTable>> checked;

    Evaluations(Map<String, LocalDateRange> periods, String asOf, String parametersName, byte[] parameters) {
        this.periods = new HashMap<>(periods);
        this.asOf = asOf;
        this.parametersName = parametersName;
        this.parameters = parameters;
    }

    LocalDateRange period(String workplace) {
        return periods.get(workplace);
    }

    /** The evaluation of the workplace's period, or null when it has none (no accepted shift). */
    Evaluation of(String workplace, Workplace place, JurisdictionPack pack) {
        LocalDateRange period = periods.get(workplace);
        if (period == null) {
            return null;
        }
        Evaluation evaluation = Evaluation.of(period);
        if (asOf != null) {
            evaluation = evaluation.withAsOf(instant(asOf, place.zone()));
        }
        Optional<ParameterTable> overrides = overrides(pack);
        if (overrides.isPresent()) {
            evaluation = evaluation.withOverrides(overrides.get());
        }
        return evaluation;
    }

    /**
     * The override rows checked against the pack: empty without {@code --parameters}, or when the pack refuses them (a
     * file of another jurisdiction's keys, in a run of several); {@link #check} makes sure some workplace's pack takes them.
     */
    synchronized Optional<ParameterTable> overrides(JurisdictionPack pack) {
        if (parameters == null) {
            return Optional.empty();
        }
        if (checked == null) {
            checked = new HashMap<>();
        }
        return checked.computeIfAbsent(pack.jurisdiction(), j -> {
            try {
                return Optional.of(read().against(pack.parameters(), j));
            } catch (InputException e) {
                return Optional.empty();
            }
        });
    }

    /** The problems of the override file against each pack, in English, when no pack takes it; else null. */
    String check(Iterable<JurisdictionPack> packs) {
        if (parameters == null) {
            return null;
        }
        StringBuilder problems = new StringBuilder();
        for (JurisdictionPack pack : packs) {
            try {
                read().against(pack.parameters(), pack.jurisdiction());
                return null;
            } catch (InputException e) {
                problems.append(e.message(Language.EN)).append('\n');
            }
        }
        return problems.toString().strip();
    }

    private ParameterOverrides read() throws InputException {
        return ParameterOverrides.read(new StringReader(new String(parameters, StandardCharsets.UTF_8)), Path.of(parametersName));
    }

    /** Whether the text is an {@code --as-of} value {@code worktime check} takes (checked on the driver). */
    static void checkAsOf(String text) {
        instant(text, ZoneId.of("UTC"));
    }

    /**
     * {@code --as-of} as the CLI reads it: an instant with an offset ({@code 2026-03-16T09:00Z}), or a local date-time or
     * date ({@code 2026-03-16} is its start) in the workplace's zone (the earlier offset in a DST overlap).
     */
    static Instant instant(String text, ZoneId zone) {
        String s = text.strip();
        LocalDateTime local;
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(s, ZonedDateTime::from, OffsetDateTime::from,
                    LocalDateTime::from);
            if (parsed instanceof ZonedDateTime z) {
                return years(z.toInstant(), text);
            }
            if (parsed instanceof OffsetDateTime o) {
                return years(o.toInstant(), text);
            }
            local = (LocalDateTime) parsed;
        } catch (DateTimeParseException notADateTime) {
            try {
                local = LocalDate.parse(s).atStartOfDay();
            } catch (DateTimeParseException notADate) {
                throw new IllegalArgumentException("--as-of " + text + " is not a date-time or a date");
            }
        }
        if (local.getYear() < 1000 || local.getYear() > 9999) {
            throw new IllegalArgumentException("--as-of " + text + " is outside the years 1000-9999");
        }
        return local.atZone(zone).toInstant();
    }

    private static Instant years(Instant instant, String text) {
        int year = instant.atOffset(java.time.ZoneOffset.UTC).getYear();
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("--as-of " + text + " is outside the years 1000-9999");
        }
        return instant;
    }
}
