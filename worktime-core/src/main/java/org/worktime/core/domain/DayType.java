package org.worktime.core.domain;

/**
 * What a calendar date is for one workplace. The law treats a holiday (휴일) and a mere day off (휴무일)
 * differently: work on a holiday earns the holiday premium, work on a day off is ordinary or extended work.
 */
public enum DayType {
    /** A contractual working day. */
    WORKDAY(false),
    /** A day without contractual work that is not a holiday (for example a Saturday off). */
    DAY_OFF(false),
    /** The paid weekly holiday (주휴일). */
    WEEKLY_HOLIDAY(true),
    /** A statutory public holiday in force for this workplace on that date. */
    PUBLIC_HOLIDAY(true),
    /** A holiday under the rules of employment or a collective agreement (약정휴일). */
    AGREED_HOLIDAY(true);

    private final boolean holiday;

    DayType(boolean holiday) {
        this.holiday = holiday;
    }

    /** Whether work on this day is holiday work. */
    public boolean isHoliday() {
        return holiday;
    }
}
