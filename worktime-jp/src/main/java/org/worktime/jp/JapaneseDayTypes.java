package org.worktime.jp;

import java.time.LocalDate;
import org.worktime.core.domain.DayType;
import org.worktime.core.domain.Workplace;
import org.worktime.core.engine.DayTypes;

/**
 * What each date is for a Japanese workplace. Only the statutory holiday (法定休日) the employer designates is a
 * holiday in the law's sense: work on it is holiday work (35%, counted apart from overtime). Every other day
 * without scheduled work, national holidays and company holidays included, is a non-statutory day off (法定外休日):
 * work on it is ordinary time, overtime when beyond 8 h a day or 40 h a week (C1.4).
 *
 * <p>The designation comes from the workplace calendar: its {@code weeklyHoliday} is the weekly statutory holiday, its
 * {@code daysOff} are non-statutory days off, and an override of a date to {@code WEEKLY_HOLIDAY} designates that date
 * (for the four-in-four-weeks system); an override to {@code PUBLIC_HOLIDAY} or {@code AGREED_HOLIDAY} is a
 * non-statutory day off, since Japan's national holidays are not statutory holidays.
 *
 * <p>Since the workplace file has no way to mark a date as the weekly holiday, the workplace attribute
 * {@value #DESIGNATED_DATES} lists the designated statutory holidays by date (ISO dates separated by commas or spaces),
 * as under the four-in-four-weeks system; when it is present, only those dates (and overrides to {@code WEEKLY_HOLIDAY})
 * are statutory holidays, and the weekly holiday of the pattern is a non-statutory day off.
 */
final class JapaneseDayTypes implements DayTypes {

    /** Workplace attribute: the statutory holidays designated by date. */
    static final String DESIGNATED_DATES = "jp.statutory-holiday-dates";

    private final Workplace workplace;
    private final java.util.Set<LocalDate> designated;

    JapaneseDayTypes(Workplace workplace) {
        this.workplace = workplace;
        String text = workplace.attributes().get(DESIGNATED_DATES);
        if (text == null) {
            designated = null;
        } else {
            java.util.Set<LocalDate> dates = new java.util.HashSet<>();
            for (String part : text.split("[,\\s]+")) {
                if (!part.isBlank()) {
                    try {
                        dates.add(LocalDate.parse(part.trim()));
                    } catch (java.time.DateTimeException e) {
                        throw new org.worktime.core.domain.InvalidDataException(org.worktime.core.finding.Text.of(
                                "jp.day-types.not-a-date", "attribute", DESIGNATED_DATES, "value", part.trim()));
                    }
                }
            }
            designated = java.util.Set.copyOf(dates);
        }
    }

    @Override
    public DayType typeOf(LocalDate date) {
        if (designated != null) {
            if (designated.contains(date) || workplace.calendar().isOverridden(date)
                    && workplace.calendar().patternType(date) == DayType.WEEKLY_HOLIDAY) {
                return DayType.WEEKLY_HOLIDAY;
            }
            return workplace.calendar().patternType(date) == DayType.WORKDAY ? DayType.WORKDAY : DayType.DAY_OFF;
        }
        DayType pattern = workplace.calendar().patternType(date);
        return switch (pattern) {
            case WEEKLY_HOLIDAY -> DayType.WEEKLY_HOLIDAY;
            case PUBLIC_HOLIDAY, AGREED_HOLIDAY, DAY_OFF -> DayType.DAY_OFF;
            case WORKDAY -> DayType.WORKDAY;
        };
    }
}
