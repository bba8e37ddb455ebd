package org.worktime.kr.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Shift;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.engine.Timeline;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.watch.Headroom;
import org.worktime.core.watch.HeadroomCalculator;

/**
 * Korea's headroom: what an employee may still lawfully work in the workplace week of an as-of instant.
 * Not a rule (it reports no finding); it reads the same law and the same dated rows as the hours rules:
 *
 * <ul>
 *   <li>weekly ceiling: 40 h ({@code kr.lsa50.week-limit}, Art. 50(1)) without an Art. 53 extended-work agreement
 *       covering the employee on the as-of date, 40 + 12 h ({@code kr.lsa53.extension-cap}, Art. 53(1)) with one
 *       (plus the lapsed Art. 53(3) 8 h where its row and agreement are in force); a minor of 15 to 17, 35 h
 *       ({@code kr.lsa69.week-limit}) plus 5 h with the parties' agreement ({@code kr.lsa69.week-extension}, Art. 69);
 *       a pregnant worker, 40 h whatever the agreement (Art. 74(5)); the stricter of both for a pregnant minor;</li>
 *   <li>no ceiling for adults in workplaces under 5 (Art. 11, the {@code kr.scope.min-headcount.*} rows) nor under an
 *       Art. 63 exclusion; a workplace size the data does not give makes the answer indeterminate;</li>
 *   <li>daily ceiling today: 8 h ({@code kr.lsa50.day-limit}) without an agreement, none beyond what the week leaves
 *       with one; a minor 7 h plus 1 h with agreement ({@code kr.lsa69.day-*}); a pregnant worker 8 h;</li>
 *   <li>the latest lawful end of today's shift: its start, plus the work it may hold, plus the Art. 54 break that much
 *       work requires ({@code kr.lsa54.*}): 30 min from 4 h, 1 h from 8 h. The break is assumed taken inside the
 *       shift, as Art. 54 requires, so it lengthens the shift without counting as work.</li>
 * </ul>
 *
 * <p>The week's hours are counted as the weekly limits count them: to the day a shift starts on, breaks excluded, and
 * holidays included from the Art. 2(1)7 phase-in of the workplace's size ({@code kr.week.includes-holidays}; always
 * for minors and pregnant workers, as their rules do). Weekly rows are read on the week's first day, daily rows and
 * agreements on the as-of date. Before 2024-01-22 the 12 hours were also measured day by day
 * ({@code kr.lsa53.method}); the headroom reads the weekly total only, so for earlier weeks the rules' findings
 * are the authority.
 */
public final class KoreanHeadroom implements HeadroomCalculator {

    @Override
    public Headroom compute(EmployeeContext context, Instant asOf) {
        ZoneId zone = context.workplace().zone();
        LocalDate today = asOf.atZone(zone).toLocalDate();
        LocalDate weekStart = context.weekStartOf(today);
        LocalDateRange week = RuleSupport.week(weekStart);
        Timeline timeline = context.timeline();
        int todayShift = lastShiftStartingOn(timeline.shifts(), today, zone);

        boolean minor = Protection.isKnownMinor(context, weekStart);
        boolean pregnant = Protection.isPregnant(context, weekStart);
        boolean extendedWork = context.hasAgreement(Agreements.EXTENDED_WORK, today);
        String scopeKey = minor ? Applicability.ART69 : pregnant ? Applicability.ART74
                : extendedWork ? Applicability.ART53 : Applicability.ART50;
        Applicability applicability = minor || pregnant
                ? Applicability.of(context, scopeKey, weekStart, true)
                : Applicability.ofAdultHours(context, scopeKey, weekStart);
        // Holidays count from the Art. 2(1)7 phase-in of the workplace's size; when no ceiling applies (or the size is
        // unknown) the hours are shown with holidays, as the protected workers' rules count them.
        boolean includeHolidays = minor || pregnant || !applicability.applies()
                || context.parameter("kr.week.includes-holidays", weekStart).bool();
        Sums sums = Sums.of(timeline, weekStart, today, todayShift, includeHolidays);

        if (!RuleSupport.employedDuring(context, week)) {
            return Headroom.without(context.employeeId(), week, sums.recorded, sums.planned, sums.today,
                    Headroom.Status.NOT_APPLICABLE, Text.of("Not employed in this week.", "이번 주 재직하지 않음."),
                    context.parameter("kr.lsa50.week-limit", weekStart).citation());
        }
        if (!applicability.applies()) {
            boolean unknown = applicability.unknown();
            return Headroom.without(context.employeeId(), week, sums.recorded, sums.planned, sums.today,
                    unknown ? Headroom.Status.INDETERMINATE : Headroom.Status.NOT_APPLICABLE,
                    unknown
                            ? Text.of("Cannot decide: " + applicability.reason().en() + ".", "판단 불가: " + applicability.reason().ko() + ".")
                            : Text.of("No weekly ceiling: " + applicability.reason().en() + ".",
                                    "주간 한도 적용 안 됨: " + applicability.reason().ko() + "."),
                    notApplicableCitation(context, scopeKey, weekStart));
        }

        Ceiling ceiling;
        if (minor) {
            ceiling = minorCeiling(context, weekStart, today);
            if (pregnant) {
                ceiling = ceiling.stricter(pregnantCeiling(context, weekStart, today));
            }
        } else if (pregnant) {
            ceiling = pregnantCeiling(context, weekStart, today);
        } else {
            ceiling = extendedWork ? extendedCeiling(context, weekStart) : regularCeiling(context, weekStart, today);
        }

        long worked = sums.recorded + sums.planned;
        long left = ceiling.weekly - worked;
        Headroom.Status status = left < 0 ? Headroom.Status.BREACH_CERTAIN : Headroom.Status.OK;

        LocalDateTime shiftStart = null;
        Long allowed = null;
        LocalDateTime latestEnd = null;
        if (todayShift >= 0) {
            Shift shift = timeline.shifts().get(todayShift);
            long allowedWork = ceiling.weekly - (worked - sums.todayShiftInWeek);
            if (ceiling.daily != null) {
                allowedWork = Math.min(allowedWork, ceiling.daily - (sums.today - sums.todayShiftToday));
            }
            allowedWork = Math.max(0, allowedWork);
            shiftStart = shift.start().atZone(zone).toLocalDateTime();
            allowed = allowedWork;
            latestEnd = shift.start().plusSeconds(allowedWork + requiredBreak(context, today, allowedWork)).atZone(zone).toLocalDateTime();
        }
        Text reason = ceiling.reason;
        if (sums.recorded > ceiling.weekly) {
            reason = Text.of(reason.en() + " Recorded hours alone (" + RuleSupport.hours(sums.recorded) + " h) already exceed it.",
                    reason.ko() + " 실적만으로 이미 한도 초과 (" + RuleSupport.hours(sums.recorded) + "시간).");
        }
        return new Headroom(context.employeeId(), week, sums.recorded, sums.planned, ceiling.weekly, left, ceiling.daily, sums.today,
                shiftStart, allowed, latestEnd, status, reason, ceiling.citation);
    }

    /** A weekly ceiling, today's daily ceiling (null: none beyond the week's), why, and the law. */
    private record Ceiling(long weekly, Long daily, Text reason, Citation citation) {

        /** For a pregnant minor: the lower of each ceiling, with the reason and citation of the lower weekly one. */
        Ceiling stricter(Ceiling other) {
            Long dailyMin = daily == null ? other.daily : other.daily == null ? daily : Long.valueOf(Math.min(daily, other.daily));
            Ceiling weeklyFrom = other.weekly < weekly ? other : this;
            return new Ceiling(weeklyFrom.weekly, dailyMin, weeklyFrom.reason, weeklyFrom.citation);
        }
    }

    private static Ceiling regularCeiling(EmployeeContext context, LocalDate weekStart, LocalDate today) {
        Parameter week = context.parameter("kr.lsa50.week-limit", weekStart);
        // A valid flexible schedule (Art. 51) moves the ordinary limits to the hours it schedules.
        long weekly = Thresholds.weekLimit(context, weekStart);
        long day = Thresholds.dayLimit(context, today);
        String flexible = Thresholds.flexible(context, weekStart) ? " (the flexible schedule of Art. 51)" : "";
        String flexibleKo = Thresholds.flexible(context, weekStart) ? " (제51조 탄력적 근로시간제 계획)" : "";
        return new Ceiling(weekly, day, Text.of(
                h(weekly) + " h a week and " + h(day) + " h a day" + flexible + " (Art. 50): no Art. 53 extended-work agreement covers "
                        + "this employee on " + today + ".",
                "주 " + h(weekly) + "시간, 1일 " + h(day) + "시간" + flexibleKo + " (제50조): " + today + " 기준 제53조 연장근로 합의 없음."),
                week.citation());
    }

    private static Ceiling extendedCeiling(EmployeeContext context, LocalDate weekStart) {
        Parameter week = context.parameter("kr.lsa50.week-limit", weekStart);
        Parameter cap = context.parameter("kr.lsa53.extension-cap", weekStart);
        long extension = cap.seconds();
        var extra = context.findParameter("kr.lsa53.small-workplace-extra", weekStart);
        boolean withExtra = extra.isPresent() && context.hasAgreement(Agreements.SMALL_WORKPLACE_EXTRA, weekStart)
                && context.employee().ageOn(weekStart).map(age -> age > context.parameter("kr.minor.max-age", weekStart).integer())
                        .orElse(false);
        if (withExtra) {
            extension += extra.get().seconds();
        }
        // Special extended work in force (Art. 53(4)) adds its hours; a flexible schedule (Art. 51) raises the base.
        long special = SpecialExtendedWork.extraOn(context, weekStart);
        long base = Thresholds.weekLimit(context, weekStart);
        long ceiling = base + extension + special;
        String extraEn = (withExtra ? " + " + h(extra.get().seconds()) + " h (Art. 53(3) agreement)" : "")
                + (special > 0 ? " + " + h(special) + " h of special extended work (Art. 53(4))" : "");
        String extraKo = (withExtra ? " + " + h(extra.get().seconds()) + "시간 (제53조제3항 합의)" : "")
                + (special > 0 ? " + 특별연장근로 " + h(special) + "시간 (제53조제4항)" : "");
        return new Ceiling(ceiling, null, Text.of(
                h(ceiling) + " h a week (" + h(base) + " h + " + h(cap.seconds()) + " h of extended work under the Art. 53 agreement"
                        + extraEn + "), no daily cap.",
                "주 " + h(ceiling) + "시간 (" + h(base) + "시간 + 제53조 합의 연장근로 " + h(cap.seconds()) + "시간" + extraKo
                        + "), 1일 한도 없음."),
                cap.citation());
    }

    private static Ceiling minorCeiling(EmployeeContext context, LocalDate weekStart, LocalDate today) {
        Parameter week = context.parameter("kr.lsa69.week-limit", weekStart);
        boolean weekAgreed = minorAgreed(context, weekStart);
        long weekly = week.seconds() + (weekAgreed ? context.parameter("kr.lsa69.week-extension", weekStart).seconds() : 0);
        long daily = context.parameter("kr.lsa69.day-limit", today).seconds()
                + (minorAgreed(context, today) ? context.parameter("kr.lsa69.day-extension", today).seconds() : 0);
        return new Ceiling(weekly, daily, Text.of(
                "A minor: " + h(weekly) + " h a week and " + h(daily) + " h a day (Art. 69" + (weekAgreed ? ", extended by agreement" : "")
                        + ").",
                "연소자: 주 " + h(weekly) + "시간, 1일 " + h(daily) + "시간 (제69조" + (weekAgreed ? ", 합의로 연장" : "") + ")."),
                week.citation());
    }

    /** The parties' agreement for a minor: one made under Art. 69, or the general extended-work agreement (as KR-LSA-69 reads it). */
    private static boolean minorAgreed(EmployeeContext context, LocalDate date) {
        return context.hasAgreement(Agreements.MINOR_EXTENSION, date) || context.hasAgreement(Agreements.EXTENDED_WORK, date);
    }

    private static Ceiling pregnantCeiling(EmployeeContext context, LocalDate weekStart, LocalDate today) {
        Parameter week = context.parameter("kr.lsa50.week-limit", weekStart);
        long day = context.parameter("kr.lsa50.day-limit", today).seconds();
        Citation row = week.citation();
        return new Ceiling(week.seconds(), day, Text.of(
                "A pregnant worker: " + h(week.seconds()) + " h a week and " + h(day) + " h a day, no overtime whatever the agreement (Art. 74(5)).",
                "임신 중인 근로자: 주 " + h(week.seconds()) + "시간, 1일 " + h(day) + "시간, 합의와 관계없이 시간외근로 금지 (제74조제5항)."),
                new Citation(row.law(), "Art. 74(5)", row.version(), row.source()));
    }

    private static Citation notApplicableCitation(EmployeeContext context, String scopeKey, LocalDate date) {
        if (Art63Category.excludes(context.employee(), date)) {
            String article = Art63Category.parse(context.employee().exclusion().category()).map(Art63Category::article).orElse("Art. 63");
            return new Citation("Labor Standards Act", article, "", "https://www.law.go.kr/법령/근로기준법");
        }
        return context.parameter(scopeKey, date).citation();
    }

    /** The Art. 54 break for a shift of {@code work} seconds: 1 h from 8 h, 30 min from 4 h, else none. */
    private static long requiredBreak(EmployeeContext context, LocalDate date, long work) {
        if (work >= context.parameter("kr.lsa54.threshold-long", date).seconds()) {
            return context.parameter("kr.lsa54.break-long", date).seconds();
        }
        if (work >= context.parameter("kr.lsa54.threshold-short", date).seconds()) {
            return context.parameter("kr.lsa54.break-short", date).seconds();
        }
        return 0;
    }

    /** The index of the last shift starting on the date (wall-clock, workplace zone), or -1. */
    private static int lastShiftStartingOn(List<Shift> shifts, LocalDate date, ZoneId zone) {
        int found = -1;
        for (int s = 0; s < shifts.size(); s++) {
            if (shifts.get(s).start().atZone(zone).toLocalDate().equals(date)) {
                found = s;
            }
        }
        return found;
    }

    /** Seconds of the week: recorded, planned, counted to today, and the part of those that is today's shift. */
    private record Sums(long recorded, long planned, long today, long todayShiftInWeek, long todayShiftToday) {

        static Sums of(Timeline t, LocalDate weekStart, LocalDate today, int todayShift, boolean includeHolidays) {
            long start = weekStart.toEpochDay();
            long todayDay = today.toEpochDay();
            long recorded = 0;
            long planned = 0;
            long todayTotal = 0;
            long shiftInWeek = 0;
            long shiftToday = 0;
            for (int i = t.firstIndexOnOrAfterWorkDay(start); i < t.size(); i++) {
                long day = t.workEpochDay(i);
                if (day >= start + 7 && t.isInWorkDayOrder()) {
                    break;
                }
                if (day < start || day >= start + 7) {
                    continue;
                }
                long seconds = t.seconds(i);
                boolean ofTodayShift = t.shiftIndex(i) == todayShift;
                if (day == todayDay) {
                    todayTotal += seconds;
                    if (ofTodayShift) {
                        shiftToday += seconds;
                    }
                }
                if (!includeHolidays && t.isHoliday(i)) {
                    continue;
                }
                if (t.isPlanned(i)) {
                    planned += seconds;
                } else {
                    recorded += seconds;
                }
                if (ofTodayShift) {
                    shiftInWeek += seconds;
                }
            }
            return new Sums(recorded, planned, todayTotal, shiftInWeek, shiftToday);
        }
    }

    private static String h(long seconds) {
        return RuleSupport.hours(seconds);
    }
}
