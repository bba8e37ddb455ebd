package org.worktime.core.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
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
        Map<String, String> attributes) {

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
