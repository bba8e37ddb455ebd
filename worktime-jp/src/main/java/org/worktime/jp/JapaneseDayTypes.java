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
 */
final class JapaneseDayTypes implements DayTypes {

    private final Workplace workplace;

    JapaneseDayTypes(Workplace workplace) {
        this.workplace = workplace;
    }

    @Override
    public DayType typeOf(LocalDate date) {
        DayType pattern = workplace.calendar().patternType(date);
        return switch (pattern) {
            case WEEKLY_HOLIDAY -> DayType.WEEKLY_HOLIDAY;
            case PUBLIC_HOLIDAY, AGREED_HOLIDAY, DAY_OFF -> DayType.DAY_OFF;
            case WORKDAY -> DayType.WORKDAY;
        };
    }
}
