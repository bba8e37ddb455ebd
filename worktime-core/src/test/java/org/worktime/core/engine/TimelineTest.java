package org.worktime.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;
import org.worktime.core.domain.DayType;
import org.worktime.core.domain.Shift;
import org.worktime.core.time.DailyWindow;

class TimelineTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final TimelinePolicy KR_NIGHT = new TimelinePolicy(DailyWindow.of(LocalTime.of(22, 0), LocalTime.of(6, 0)),
            DayAttribution.SHIFT_START_DAY);
    private static final DayTypes SUNDAY_HOLIDAY = d -> d.getDayOfWeek() == java.time.DayOfWeek.SUNDAY ? DayType.WEEKLY_HOLIDAY : DayType.WORKDAY;

    private static Shift shift(ZoneId zone, String start, String end, String... breaks) {
        List<Interval> list = new java.util.ArrayList<>();
        for (String b : breaks) {
            String[] p = b.split("/");
            list.add(Interval.of(LocalDateTime.parse(p[0]).atZone(zone).toInstant(), LocalDateTime.parse(p[1]).atZone(zone).toInstant()));
        }
        return new Shift("E1", LocalDateTime.parse(start).atZone(zone).toInstant(), LocalDateTime.parse(end).atZone(zone).toInstant(),
                list, Shift.Origin.ACTUAL, false);
    }

    @Test
    void breakMinutesWithoutTimesComeOffTheTotalsAroundThePlacedBreaks() {
        // 09:00-18:00 with a placed break 12:00-12:30 and 45 minutes more whose times are not given: 7:45 worked.
        Shift s = shift(SEOUL, "2026-03-10T09:00", "2026-03-10T18:00", "2026-03-10T12:00/2026-03-10T12:30").withUnplacedBreakSeconds(45 * 60);
        assertThat(s.workedSeconds()).isEqualTo(7 * 3600 + 45 * 60);
        assertThat(s.breakSeconds()).isEqualTo(75 * 60);
        assertThat(s.breakSecondsWithinWork()).isEqualTo(30 * 60);
        assertThat(s.hasUnplacedBreak()).isTrue();
        Timeline t = Timeline.build(List.of(s), SEOUL, SUNDAY_HOLIDAY, KR_NIGHT);
        assertThat(t.totalSeconds()).isEqualTo(7 * 3600 + 45 * 60);
        // Laid from the start: 09:00-12:00, then 12:30-17:15.
        assertThat(t.size()).isEqualTo(2);
        assertThat(t.seconds(0)).isEqualTo(3 * 3600);
        assertThat(t.seconds(1)).isEqualTo(4 * 3600 + 45 * 60);
        assertThat(Ledger.of(t).workedOn(LocalDate.of(2026, 3, 10))).isEqualTo(7 * 3600 + 45 * 60);
    }

    @Test
    void breakMinutesThatLeaveNoWorkAreRefused() {
        Shift s = shift(SEOUL, "2026-03-10T09:00", "2026-03-10T10:00");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.withUnplacedBreakSeconds(3600))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.withUnplacedBreakSeconds(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(s.withUnplacedBreakSeconds(59 * 60).workedSeconds()).isEqualTo(60);
    }

    @Test
    void overnightShiftIntoAHolidayIsCutAtMidnightAndAtTheNightBoundaries() {
        // Saturday 2026-03-14 20:00 to Sunday 08:00, break 01:00-02:00 on Sunday.
        Shift s = shift(SEOUL, "2026-03-14T20:00", "2026-03-15T08:00", "2026-03-15T01:00/2026-03-15T02:00");
        Timeline t = Timeline.build(List.of(s), SEOUL, SUNDAY_HOLIDAY, KR_NIGHT);

        // 20-22 day, 22-24 night (Sat), 00-01 night (Sun), 02-06 night (Sun), 06-08 day (Sun)
        assertThat(t.size()).isEqualTo(5);
        long[] seconds = new long[t.size()];
        for (int i = 0; i < t.size(); i++) {
            seconds[i] = t.seconds(i);
            assertThat(t.workDate(i)).isEqualTo(LocalDate.of(2026, 3, 14));
        }
        assertThat(seconds).containsExactly(7200, 7200, 3600, 14400, 7200);
        assertThat(t.totalSeconds()).isEqualTo(11 * 3600);
        assertThat(t.nightSeconds()).isEqualTo(7 * 3600);
        assertThat(t.isHoliday(0)).isFalse();
        assertThat(t.isHoliday(1)).isFalse();
        assertThat(t.isHoliday(2)).isTrue();
        assertThat(t.calendarDate(2)).isEqualTo(LocalDate.of(2026, 3, 15));

        Ledger ledger = Ledger.of(t);
        assertThat(ledger.workedOn(LocalDate.of(2026, 3, 14))).isEqualTo(11 * 3600);
        assertThat(ledger.workedOn(LocalDate.of(2026, 3, 15))).isZero();
        assertThat(ledger.holidayOn(LocalDate.of(2026, 3, 14))).isEqualTo(7 * 3600);
        assertThat(ledger.workedOnCalendarDate(LocalDate.of(2026, 3, 15))).isEqualTo(7 * 3600);
    }

    @Test
    void calendarDayAttributionCountsEachPartToItsOwnDay() {
        Shift s = shift(SEOUL, "2026-03-14T20:00", "2026-03-15T04:00");
        TimelinePolicy calendar = new TimelinePolicy(KR_NIGHT.night(), DayAttribution.CALENDAR_DAY);
        Ledger ledger = Ledger.of(Timeline.build(List.of(s), SEOUL, SUNDAY_HOLIDAY, calendar));
        assertThat(ledger.workedOn(LocalDate.of(2026, 3, 14))).isEqualTo(4 * 3600);
        assertThat(ledger.workedOn(LocalDate.of(2026, 3, 15))).isEqualTo(4 * 3600);
    }

    @Test
    void springForwardNightInLosAngelesHasOneHourLess() {
        // 2026-03-08 02:00 PST does not exist: clocks jump to 03:00 PDT. 00:00 to 06:00 local is 5 real hours.
        Shift s = shift(LOS_ANGELES, "2026-03-08T00:00", "2026-03-08T06:00");
        Timeline t = Timeline.build(List.of(s), LOS_ANGELES, d -> DayType.WORKDAY, KR_NIGHT);
        assertThat(t.totalSeconds()).isEqualTo(5 * 3600);
        assertThat(t.nightSeconds()).isEqualTo(5 * 3600);
        assertThat(t.calendarDate(t.size() - 1)).isEqualTo(LocalDate.of(2026, 3, 8));
    }

    @Test
    void fallBackNightInLosAngelesHasOneHourMore() {
        // 2026-11-01 01:00-02:00 happens twice. 00:00 to 06:00 local is 7 real hours, all at night.
        Shift s = shift(LOS_ANGELES, "2026-11-01T00:00", "2026-11-01T06:00");
        Timeline t = Timeline.build(List.of(s), LOS_ANGELES, d -> DayType.WORKDAY, KR_NIGHT);
        assertThat(t.totalSeconds()).isEqualTo(7 * 3600);
        assertThat(t.nightSeconds()).isEqualTo(7 * 3600);
        // The 06:00 night boundary is found after the offset change, not an hour early.
        Shift morning = shift(LOS_ANGELES, "2026-11-01T00:30", "2026-11-01T07:00");
        Timeline m = Timeline.build(List.of(morning), LOS_ANGELES, d -> DayType.WORKDAY, KR_NIGHT);
        assertThat(m.totalSeconds()).isEqualTo(7 * 3600 + 1800);
        assertThat(m.nightSeconds()).isEqualTo(6 * 3600 + 1800);
    }

    @Test
    void halfOpenShiftsEndingAtMidnightLeaveTheNextDayEmpty() {
        Shift s = shift(SEOUL, "2026-03-10T16:00", "2026-03-11T00:00");
        Ledger ledger = Ledger.of(Timeline.build(List.of(s), SEOUL, SUNDAY_HOLIDAY, KR_NIGHT));
        assertThat(ledger.workedOnCalendarDate(LocalDate.of(2026, 3, 10))).isEqualTo(8 * 3600);
        assertThat(ledger.workedOnCalendarDate(LocalDate.of(2026, 3, 11))).isZero();
        assertThat(ledger.nightOn(LocalDate.of(2026, 3, 10))).isEqualTo(2 * 3600);
    }

    @Test
    void segmentsOfAWorkDayAreFoundByBinarySearch() {
        List<Shift> shifts = List.of(
                shift(SEOUL, "2026-03-09T09:00", "2026-03-09T18:00", "2026-03-09T12:00/2026-03-09T13:00"),
                shift(SEOUL, "2026-03-10T20:00", "2026-03-11T02:00"),
                shift(SEOUL, "2026-03-12T09:00", "2026-03-12T18:00"));
        Timeline t = Timeline.build(shifts, SEOUL, SUNDAY_HOLIDAY, KR_NIGHT);
        assertThat(t.isInWorkDayOrder()).isTrue();
        assertThat(t.firstIndexOnOrAfterWorkDay(LocalDate.of(2026, 3, 1).toEpochDay())).isZero();
        int tuesday = t.firstIndexOnOrAfterWorkDay(LocalDate.of(2026, 3, 10).toEpochDay());
        assertThat(t.workDate(tuesday)).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(t.workDate(tuesday - 1)).isEqualTo(LocalDate.of(2026, 3, 9));
        // Wednesday has no shift of its own: the search lands on Thursday's first segment.
        assertThat(t.workDate(t.firstIndexOnOrAfterWorkDay(LocalDate.of(2026, 3, 11).toEpochDay()))).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(t.firstIndexOnOrAfterWorkDay(LocalDate.of(2026, 3, 13).toEpochDay())).isEqualTo(t.size());
    }
}
