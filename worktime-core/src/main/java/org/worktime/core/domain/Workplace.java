package org.worktime.core.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A workplace (사업장): where the law is applied, in its own zone.
 *
 * @param jurisdiction the pack that judges it, e.g. {@code KR}
 * @param weekStart    first day of the workplace's fixed 7-day week
 * @param headcount    regular headcount over time, sorted by date
 * @param publicSector whether it is a public institution (phase-ins treat it like the largest band)
 * @param attributes   further facts a pack may read (industry code and the like)
 * @param weekStartTime local time at which the week starts on {@code weekStart} (midnight unless the employer fixed
 *                     another hour, as a US employer may: 29 CFR 778.105)
 * @param paySchedule  when wages of a date fall due (pay period and payday); null when not given
 */
public record Workplace(
        String id,
        String name,
        String jurisdiction,
        ZoneId zone,
        DayOfWeek weekStart,
        List<HeadcountPeriod> headcount,
        WorkplaceCalendar calendar,
        List<Agreement> agreements,
        boolean publicSector,
        Map<String, String> attributes,
        LocalTime weekStartTime,
        PaySchedule paySchedule) {

    /** A workplace without a pay schedule. */
    public Workplace(String id, String name, String jurisdiction, ZoneId zone, DayOfWeek weekStart, List<HeadcountPeriod> headcount,
            WorkplaceCalendar calendar, List<Agreement> agreements, boolean publicSector, Map<String, String> attributes,
            LocalTime weekStartTime) {
        this(id, name, jurisdiction, zone, weekStart, headcount, calendar, agreements, publicSector, attributes, weekStartTime, null);
    }

    public Workplace {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(weekStart, "weekStart");
        Objects.requireNonNull(calendar, "calendar");
        name = name == null ? id : name;
        List<HeadcountPeriod> sorted = new ArrayList<>(headcount == null ? List.of() : headcount);
        sorted.sort(Comparator.comparing(HeadcountPeriod::from));
        headcount = List.copyOf(sorted);
        agreements = List.copyOf(agreements == null ? List.of() : agreements);
        attributes = Map.copyOf(attributes == null ? Map.of() : attributes);
        weekStartTime = weekStartTime == null ? LocalTime.MIDNIGHT : weekStartTime;
    }

    /** A workplace whose week starts at midnight. */
    public Workplace(String id, String name, String jurisdiction, ZoneId zone, DayOfWeek weekStart, List<HeadcountPeriod> headcount,
            WorkplaceCalendar calendar, List<Agreement> agreements, boolean publicSector, Map<String, String> attributes) {
        this(id, name, jurisdiction, zone, weekStart, headcount, calendar, agreements, publicSector, attributes, LocalTime.MIDNIGHT);
    }

    /**
     * The start of the workplace week that contains the instant: the last {@code weekStart} day at
     * {@code weekStartTime}, local time, on or before it. A week is seven local days, so that it keeps its wall-clock
     * start across a daylight-saving change (and lasts 167 or 169 hours then).
     */
    public java.time.ZonedDateTime weekStartOf(java.time.Instant instant) {
        java.time.ZonedDateTime local = instant.atZone(zone);
        LocalDate day = local.toLocalDate().with(java.time.temporal.TemporalAdjusters.previousOrSame(weekStart));
        java.time.ZonedDateTime start = day.atTime(weekStartTime).atZone(zone);
        if (start.toInstant().isAfter(instant)) {
            start = day.minusWeeks(1).atTime(weekStartTime).atZone(zone);
        }
        return start;
    }

    /** The pay schedule, when the workplace gave one. */
    public java.util.Optional<PaySchedule> payScheduleIfAny() {
        return java.util.Optional.ofNullable(paySchedule);
    }

    /** The regular headcount in force on a date, or empty when no period starts on or before it. */
    public OptionalInt headcountOn(LocalDate date) {
        OptionalInt found = OptionalInt.empty();
        for (HeadcountPeriod p : headcount) {
            if (p.from().isAfter(date)) {
                break;
            }
            found = OptionalInt.of(p.headcount());
        }
        return found;
    }

    /** Whether an agreement of this kind covers the employee on the date. */
    public boolean hasAgreement(String kind, String employeeId, LocalDate date) {
        for (Agreement a : agreements) {
            if (a.kind().equals(kind) && a.covers(employeeId, date)) {
                return true;
            }
        }
        return false;
    }

    public List<Agreement> agreementsOfKind(String kind) {
        return agreements.stream().filter(a -> a.kind().equals(kind)).toList();
    }
}
