package org.worktime.kr;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.worktime.core.domain.DayType;
import org.worktime.core.domain.Workplace;
import org.worktime.core.engine.DayTypes;
import org.worktime.core.engine.HeadcountPolicy;
import org.worktime.core.param.Parameter;
import org.worktime.core.param.ParameterTable;
import org.worktime.kr.calendar.KoreanPublicHolidays;
import org.worktime.kr.calendar.PublicHoliday;

/**
 * What each date is for a Korean workplace. In order: the workplace's own overrides; its weekly holiday; a
 * public holiday when Art. 55(2) makes it a paid holiday for a workplace of its size on that date (Workers'
 * Day always, under its own act); else the workplace's weekly pattern (working day or day off).
 *
 * <p>Open question 1 of the fact sheet (is a Saturday off a holiday?) is decided by the workplace file: a
 * weekday in {@code daysOff} is a day off (휴무일), work on it is ordinary or extended work; a date listed as
 * an agreed holiday is a holiday (약정휴일), work on it earns the holiday premium. One instance serves one evaluation
 * (not shared between threads): it caches what it computed.
 */
final class KoreanDayTypes implements DayTypes {

    static final String PUBLIC_HOLIDAYS_PAID = "kr.lsa55.public-holidays-paid";

    private final Workplace workplace;
    private final ParameterTable parameters;
    private final HeadcountPolicy headcount;
    private final KoreanPublicHolidays holidays;

    KoreanDayTypes(Workplace workplace, ParameterTable parameters, HeadcountPolicy headcount, KoreanPublicHolidays holidays) {
        this.workplace = workplace;
        this.parameters = parameters;
        this.headcount = headcount;
        this.holidays = holidays;
    }

    /** Day types already computed, by epoch day from {@code cacheStart}: the engine asks for the same days many times. */
    private DayType[] cache = new DayType[0];
    private long cacheStart;

    @Override
    public DayType typeOf(LocalDate date) {
        long day = date.toEpochDay();
        long index = day - cacheStart;
        if (index < 0 || index >= cache.length) {
            grow(day);
            index = day - cacheStart;
        }
        DayType type = cache[(int) index];
        if (type == null) {
            type = compute(date);
            cache[(int) index] = type;
        }
        return type;
    }

    private void grow(long day) {
        long start = cache.length == 0 ? day - 366 : Math.min(cacheStart, day - 366);
        long end = cache.length == 0 ? day + 366 : Math.max(cacheStart + cache.length, day + 366);
        DayType[] bigger = new DayType[(int) (end - start)];
        if (cache.length > 0) {
            System.arraycopy(cache, 0, bigger, (int) (cacheStart - start), cache.length);
        }
        cache = bigger;
        cacheStart = start;
    }

    private DayType compute(LocalDate date) {
        if (workplace.calendar().isOverridden(date)) {
            return workplace.calendar().patternType(date);
        }
        DayType pattern = workplace.calendar().patternType(date);
        if (pattern == DayType.WEEKLY_HOLIDAY || !holidays.covers(date)) {
            return pattern;
        }
        Optional<PublicHoliday> holiday = holidays.on(date);
        if (holiday.isEmpty()) {
            return pattern;
        }
        if (holiday.get().kind() == PublicHoliday.Kind.WORKERS_DAY || publicHolidaysPaid(date)) {
            return DayType.PUBLIC_HOLIDAY;
        }
        return pattern;
    }

    private boolean publicHolidaysPaid(LocalDate date) {
        OptionalInt size = headcount.effectiveHeadcount(workplace, date);
        return parameters.find(PUBLIC_HOLIDAYS_PAID, date, size).map(Parameter::bool).orElse(false);
    }
}
