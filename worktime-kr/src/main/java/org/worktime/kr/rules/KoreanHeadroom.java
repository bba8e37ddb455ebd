package org.worktime.kr.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.domain.Shift;
import org.worktime.core.domain.Workplace;
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
 *   <li>under a valid flexible arrangement (Art. 51; {@link FlexibleArrangement#validOn}), the unit period containing
 *       the as-of date, projected to its end: recorded and planned work of the unit, plus the scheduled hours of its
 *       remaining days that have no shift (the schedule is assumed worked where nothing else is planned). The unit's
 *       ceiling is the hours the unit schedules, plus, with an Art. 53 agreement, each week's extended work on top
 *       (12 h, {@code kr.lsa53.extension-cap}, Art. 53(2), with the Art. 53(3) and 53(4) hours where in force); each
 *       week's ceiling is the larger of 40 h and its schedule ({@link Thresholds#weekLimit}) plus the same extended
 *       work. Recorded and planned work over the unit's or a week's ceiling is a certain breach, a projection over
 *       either a likely one ({@code AT_RISK}); the status is the worse of the week's and the unit's, and today's
 *       shift may hold no more than the unit's ceiling leaves either.</li>
 *   <li>under a valid selective arrangement (Art. 52; {@link SelectiveArrangement#validOn}), for an adult who is not
 *       pregnant, the settlement period containing the as-of date: its recorded and planned work (holidays included,
 *       as KR-LSA-52 counts it), projected as recorded + planned (there is no schedule, so nothing is assumed). Its
 *       ceiling is the period's total ({@link SelectiveArrangement#ordinaryHours}), plus, with an Art. 53 agreement,
 *       12 h for each 7 days of the period ({@code kr.lsa52.extension-average}, Art. 53(2)). The week's 40 h (or 52 h)
 *       and the day's 8 h do not bind under selective hours: the week's numbers are reported, but the status is the
 *       period's alone ({@link Headroom.UnitKind#SELECTIVE_PERIOD}), there is no daily ceiling, and today's shift may
 *       hold what the period's ceiling leaves.</li>
 * </ul>
 *
 * <p>The week's hours are counted as the weekly limits count them: to the day a shift starts on, breaks excluded, and
 * holidays included from the Art. 2(1)7 phase-in of the workplace's size ({@code kr.week.includes-holidays}; always
 * for minors and pregnant workers, as their rules do). Weekly rows are read on the week's first day, daily rows and
 * agreements on the as-of date. The 12 hours are the weekly total minus 40, the pack's reading for every date
 * ({@code kr.lsa53.method}); under the ministry's earlier practice (an override measuring day by day) the rules'
 * findings are the authority.
 */
public final class KoreanHeadroom implements HeadroomCalculator {

    /**
     * Units longer than this are not looked for when widening the contexts: a guard against a mistyped
     * {@code unitWeeks} building a years-long context, not law (six months, Art. 51-2's longest unit, is at most
     * 27 weeks; a longer unit is never valid).
     */
    private static final int MAX_UNIT_WEEKS = 27;

    /**
     * Settlement periods longer than this are not looked for when widening the contexts: the same guard for a
     * selective arrangement's {@code settlementMonths} (three months, Art. 52(1)2's longest period for R&D).
     */
    private static final int MAX_SETTLEMENT_MONTHS = 3;

    /**
     * The week, widened to the unit period containing the as-of date of every flexible arrangement (Art. 51), and to
     * the settlement period containing it of every selective arrangement (Art. 52), on file whose validity includes it, so that the unit's recorded and planned shifts are in the contexts. Which employee
     * an arrangement covers and whether it is valid are decided per employee in {@link #compute}.
     */
    @Override
    public LocalDateRange horizon(Workplace workplace, Instant asOf, LocalDateRange week) {
        LocalDate today = asOf.atZone(workplace.zone()).toLocalDate();
        LocalDateRange horizon = week;
        for (Agreement a : workplace.agreements()) {
            if (!a.validity().contains(today)) {
                continue;
            }
            var unit = FlexibleArrangement.unitContaining(a, today, MAX_UNIT_WEEKS)
                    .or(() -> SelectiveArrangement.periodContaining(a, today, MAX_SETTLEMENT_MONTHS));
            if (unit.isPresent() && a.validity().encloses(unit.get())) {
                horizon = horizon.span(unit.get());
            }
        }
        return horizon;
    }

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
                    Headroom.Status.NOT_APPLICABLE, Text.of("kr.headroom.not-employed"),
                    context.parameter("kr.lsa50.week-limit", weekStart).citation());
        }
        if (!applicability.applies()) {
            boolean unknown = applicability.unknown();
            return Headroom.without(context.employeeId(), week, sums.recorded, sums.planned, sums.today,
                    unknown ? Headroom.Status.INDETERMINATE : Headroom.Status.NOT_APPLICABLE,
                    unknown
                            ? RuleSupport.cannotDecide(applicability.reason())
                            : Text.of("kr.headroom.no-ceiling", "reason", applicability.reason()),
                    notApplicableCitation(context, scopeKey, weekStart));
        }

        if (!minor && !pregnant && extendedWork && SpecialIndustry.appliesOn(context, weekStart)) {
            // Art. 59: in the five special industries the agreement lifts the 12-hour cap; the 11-hour rest remains
            // (reported by KR-LSA-59).
            return Headroom.without(context.employeeId(), week, sums.recorded, sums.planned, sums.today, Headroom.Status.NOT_APPLICABLE,
                    Text.of("kr.headroom.special-industry"),
                    context.parameter("kr.lsa59.min-rest", weekStart).citation());
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

        // A valid flexible arrangement (Art. 51) also judges the unit period, projected to its end. It never covers a
        // minor or a pregnant worker (Art. 51(3)).
        Optional<FlexibleArrangement> flexible = minor || pregnant ? Optional.empty() : FlexibleArrangement.validOn(context, today);
        Unit unit = flexible.map(f -> Unit.of(context, f, today, extendedWork)).orElse(null);
        // A valid selective arrangement (Art. 52) replaces the week's 40 (and 52) hours and the day's 8 with the
        // settlement period's total: the period is judged, the week only reported. It never covers a minor
        // (Art. 52(1), in its validity); a pregnant worker keeps her 40 h and 8 h whatever the arrangement (Art. 74(5),
        // as KR-LSA-74-5 judges it), so for her the week binds and no period is projected.
        if (unit == null && !minor && !pregnant) {
            unit = SelectiveArrangement.validOn(context, today).map(s -> Unit.ofSelective(context, s, today, extendedWork)).orElse(null);
        }
        boolean selective = unit != null && unit.kind == Headroom.UnitKind.SELECTIVE_PERIOD;
        if (selective) {
            ceiling = new Ceiling(ceiling.weekly, null, Text.of("kr.headroom.selective", "weekly", d(ceiling.weekly)),
                    context.parameter("kr.lsa52.average-week", unit.range.getStart()).citation());
        }

        long worked = sums.recorded + sums.planned;
        long left = ceiling.weekly - worked;
        Headroom.Status status = left < 0 && !selective ? Headroom.Status.BREACH_CERTAIN : Headroom.Status.OK;
        if (unit != null) {
            status = Headroom.worse(status, unit.status);
        }

        LocalDateTime shiftStart = null;
        Long allowed = null;
        LocalDateTime latestEnd = null;
        if (todayShift >= 0) {
            Shift shift = timeline.shifts().get(todayShift);
            long allowedWork = selective ? Long.MAX_VALUE : ceiling.weekly - (worked - sums.todayShiftInWeek);
            if (ceiling.daily != null) {
                allowedWork = Math.min(allowedWork, ceiling.daily - (sums.today - sums.todayShiftToday));
            }
            if (unit != null) {
                // Today's shift counts to today, inside the week and so inside the unit, as the week counts it (a
                // settlement period counts holidays always, so there all of it).
                long inUnit = selective ? sums.todayShiftToday : sums.todayShiftInWeek;
                allowedWork = Math.min(allowedWork, unit.ceiling - (unit.recorded + unit.planned - inUnit));
            }
            allowedWork = Math.max(0, allowedWork);
            shiftStart = shift.start().atZone(zone).toLocalDateTime();
            allowed = allowedWork;
            latestEnd = shift.start().plusSeconds(allowedWork + requiredBreak(context, today, allowedWork)).atZone(zone).toLocalDateTime();
        }
        Text reason = ceiling.reason;
        if (sums.recorded > ceiling.weekly && !selective) {
            reason = Text.of("kr.headroom.recorded-exceed", "reason", reason, "recorded", d(sums.recorded));
        }
        if (unit == null) {
            return new Headroom(context.employeeId(), week, sums.recorded, sums.planned, ceiling.weekly, left, ceiling.daily, sums.today,
                    shiftStart, allowed, latestEnd, status, reason, ceiling.citation, null, null, null, null, null, null, null, null);
        }
        reason = Text.of("kr.headroom.with-unit", "reason", reason, "unit", unit.reason);
        return new Headroom(context.employeeId(), week, sums.recorded, sums.planned, ceiling.weekly, left, ceiling.daily, sums.today,
                shiftStart, allowed, latestEnd, status, reason, ceiling.citation, unit.range, unit.scheduled, unit.recorded, unit.planned,
                unit.projected, unit.ceiling, unit.status, unit.kind);
    }

    /**
     * The unit period of a valid flexible arrangement containing the as-of date, projected to its end.
     *
     * @param assumed seconds of the schedule assumed worked on the unit's remaining days that have no shift
     */
    private record Unit(LocalDateRange range, long scheduled, long recorded, long planned, long assumed, long projected,
            long ceiling, Headroom.Status status, Text reason, Headroom.UnitKind kind) {

        /**
         * The settlement period of a valid selective arrangement containing the as-of date (Art. 52): its recorded and
         * planned work, counted to the day each shift starts, holidays included (as KR-LSA-52 counts them). No schedule
         * exists under selective hours, so nothing is assumed: the projection is recorded + planned. The ceiling is the
         * period's total ({@link SelectiveArrangement#ordinaryHours}), plus with an Art. 53 agreement 12 h for each 7 days
         * of the period ({@code kr.lsa52.extension-average}, Art. 53(2)), rows read on the period's first day as
         * KR-LSA-53-1 reads them. Over the ceiling is a certain breach; the risk threshold is applied later.
         * {@code scheduled} holds the period's total.
         */
        static Unit ofSelective(EmployeeContext context, SelectiveArrangement s, LocalDate today, boolean extendedWork) {
            LocalDateRange range = s.periodOf(today);
            long start = range.getStart().toEpochDay();
            long end = range.getEnd().toEpochDay();
            Timeline t = context.timeline();
            long recorded = 0;
            long planned = 0;
            for (int i = t.firstIndexOnOrAfterWorkDay(start); i < t.size(); i++) {
                long day = t.workEpochDay(i);
                if (day >= end && t.isInWorkDayOrder()) {
                    break;
                }
                if (day < start || day >= end) {
                    continue;
                }
                if (t.isPlanned(i)) {
                    planned += t.seconds(i);
                } else {
                    recorded += t.seconds(i);
                }
            }
            long total = s.ordinaryHours(context, range);
            long average = context.parameter("kr.lsa52.extension-average", range.getStart()).seconds();
            long extension = extendedWork ? average * range.lengthInDays() / 7 : 0;
            long ceiling = total + extension;
            long projected = recorded + planned;
            Headroom.Status status = projected > ceiling ? Headroom.Status.BREACH_CERTAIN : Headroom.Status.OK;

            Text ceilingText = extendedWork
                    ? Text.of("kr.headroom.selective.ceiling.extended", "ceiling", d(ceiling), "total", d(total), "extension", d(extension),
                            "average", d(average), "days", range.lengthInDays())
                    : Text.of("kr.headroom.selective.ceiling.plain", "ceiling", d(ceiling));
            Text verdict = status == Headroom.Status.BREACH_CERTAIN
                    ? Text.of("kr.headroom.selective.breach", "over", d(projected - ceiling))
                    : Text.of("kr.headroom.selective.left", "left", d(ceiling - projected));
            Text reason = Text.of("kr.headroom.selective.period", "kind", SelectiveArrangement.KIND, "period", range, "ceiling", ceilingText,
                    "recorded", d(recorded), "planned", d(planned), "projected", d(projected), "verdict", verdict);
            return new Unit(range, total, recorded, planned, 0, projected, ceiling, status, reason, Headroom.UnitKind.SELECTIVE_PERIOD);
        }

        static Unit of(EmployeeContext context, FlexibleArrangement f, LocalDate today, boolean extendedWork) {
            LocalDateRange range = f.unitOf(today);
            Timeline t = context.timeline();
            Set<Long> daysWithShift = new HashSet<>();
            for (int i = 0; i < t.size(); i++) {
                daysWithShift.add(t.workEpochDay(i));
            }
            long scheduled = 0;
            long extension = 0;
            long capTotal = 0;
            long smallTotal = 0;
            long specialTotal = 0;
            long recorded = 0;
            long planned = 0;
            long assumed = 0;
            List<LocalDate> assumedDays = new ArrayList<>();
            List<Text> certainWeeks = new ArrayList<>();
            List<Text> likelyWeeks = new ArrayList<>();
            for (LocalDate weekStart = range.getStart(); weekStart.isBefore(range.getEnd()); weekStart = weekStart.plusWeeks(1)) {
                boolean includeHolidays = context.parameter("kr.week.includes-holidays", weekStart).bool();
                Sums sums = Sums.of(t, weekStart, today, -1, includeHolidays);
                Extension ext = extendedWork ? extension(context, weekStart) : Extension.NONE;
                long weekCeiling = Thresholds.weekLimit(context, weekStart) + ext.seconds();
                long weekAssumed = 0;
                for (int d = 0; d < 7; d++) {
                    LocalDate date = weekStart.plusDays(d);
                    long daySchedule = f.scheduledOn(date);
                    if (date.isBefore(today) || daySchedule == 0 || daysWithShift.contains(date.toEpochDay())
                            || !context.employee().isEmployedOn(date) || !includeHolidays && context.dayType(date).isHoliday()) {
                        continue;
                    }
                    weekAssumed += daySchedule;
                    assumedDays.add(date);
                }
                scheduled += f.scheduledBetween(weekStart, 7);
                extension += ext.seconds();
                capTotal += ext.cap();
                smallTotal += ext.smallWorkplaceExtra();
                specialTotal += ext.special();
                recorded += sums.recorded;
                planned += sums.planned;
                assumed += weekAssumed;
                LocalDateRange week = LocalDateRange.ofClosed(weekStart, weekStart.plusDays(6));
                long weekWorked = sums.recorded + sums.planned;
                if (weekWorked > weekCeiling) {
                    certainWeeks.add(Text.of("kr.headroom.flexible.week-certain", "week", week, "worked", d(weekWorked), "ceiling", d(weekCeiling)));
                } else if (weekWorked + weekAssumed > weekCeiling) {
                    likelyWeeks.add(Text.of("kr.headroom.flexible.week-likely", "week", week, "projected", d(weekWorked + weekAssumed),
                            "ceiling", d(weekCeiling)));
                }
            }
            long ceiling = scheduled + extension;
            long worked = recorded + planned;
            long projected = worked + assumed;
            Headroom.Status status = worked > ceiling || !certainWeeks.isEmpty() ? Headroom.Status.BREACH_CERTAIN
                    : projected > ceiling || !likelyWeeks.isEmpty() ? Headroom.Status.AT_RISK : Headroom.Status.OK;

            Text ceilingText = extendedWork
                    ? Text.of("kr.headroom.flexible.ceiling.extended", "ceiling", d(ceiling), "scheduled", d(scheduled), "cap", d(capTotal),
                            "small", extra("kr.headroom.extra.small", smallTotal), "special", extra("kr.headroom.extra.special", specialTotal))
                    : Text.of("kr.headroom.flexible.ceiling.plain", "ceiling", d(ceiling));
            Text assumedText = Text.empty();
            if (!assumedDays.isEmpty()) {
                Text days = assumedDays.size() == 1 ? Text.of("kr.headroom.flexible.assumed-day", "day", assumedDays.get(0))
                        : Text.of("kr.headroom.flexible.assumed-days", "count", assumedDays.size(), "first", assumedDays.get(0),
                                "last", assumedDays.get(assumedDays.size() - 1));
                assumedText = Text.of("kr.headroom.flexible.assumed", "assumed", d(assumed), "days", days);
            }
            Text verdict;
            if (status == Headroom.Status.BREACH_CERTAIN) {
                List<Text> over = new ArrayList<>();
                if (worked > ceiling) {
                    over.add(Text.of("kr.headroom.flexible.over-unit", "over", d(worked - ceiling)));
                }
                over.addAll(certainWeeks);
                verdict = Text.of("kr.headroom.breach-certain", "reasons", over);
            } else if (status == Headroom.Status.AT_RISK) {
                List<Text> over = new ArrayList<>();
                if (projected > ceiling) {
                    over.add(Text.of("kr.headroom.flexible.projected-over-unit", "over", d(projected - ceiling)));
                }
                over.addAll(likelyWeeks);
                verdict = Text.of("kr.headroom.breach-likely", "reasons", over);
            } else {
                verdict = Text.of("kr.headroom.flexible.left", "left", d(ceiling - projected));
            }
            Text reason = Text.of("kr.headroom.flexible.unit", "kind", f.kind(), "unit", range, "ceiling", ceilingText,
                    "recorded", d(recorded), "planned", d(planned), "assumed", assumedText, "projected", d(projected), "verdict", verdict);
            return new Unit(range, scheduled, recorded, planned, assumed, projected, ceiling, status, reason,
                    Headroom.UnitKind.FLEXIBLE_UNIT);
        }
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
        return new Ceiling(weekly, day, Text.of("kr.headroom.regular", "weekly", d(weekly), "daily", d(day),
                "flexible", Thresholds.flexible(context, weekStart) ? "yes" : "no", "today", today), week.citation());
    }

    private static Ceiling extendedCeiling(EmployeeContext context, LocalDate weekStart) {
        Extension ext = extension(context, weekStart);
        // A flexible schedule (Art. 51) raises the base; special extended work in force (Art. 53(4)) is in the extension.
        long base = Thresholds.weekLimit(context, weekStart);
        long ceiling = base + ext.seconds();
        return new Ceiling(ceiling, null, Text.of("kr.headroom.extended", "ceiling", d(ceiling), "base", d(base), "cap", d(ext.cap()),
                "small", extra("kr.headroom.extra.small", ext.smallWorkplaceExtra()), "special", extra("kr.headroom.extra.special", ext.special())),
                ext.citation());
    }

    /**
     * The extended work a week may hold on top of its ordinary limit under an Art. 53 agreement: the cap of Art. 53(1)
     * (on top of a flexible schedule, Art. 53(2)), the lapsed Art. 53(3) hours where their row and agreement are in force
     * for an adult, and special extended work in force (Art. 53(4)). Rows read on the week's first day.
     */
    private record Extension(long seconds, long cap, long smallWorkplaceExtra, long special, Citation citation) {

        static final Extension NONE = new Extension(0, 0, 0, 0, null);
    }

    private static Extension extension(EmployeeContext context, LocalDate weekStart) {
        Parameter cap = context.parameter("kr.lsa53.extension-cap", weekStart);
        var extra = context.findParameter("kr.lsa53.small-workplace-extra", weekStart);
        boolean withExtra = extra.isPresent() && context.hasAgreement(Agreements.SMALL_WORKPLACE_EXTRA, weekStart)
                && context.employee().ageOn(weekStart).map(age -> age > context.parameter("kr.minor.max-age", weekStart).integer())
                        .orElse(false);
        long small = withExtra ? extra.get().seconds() : 0;
        long special = SpecialExtendedWork.extraOn(context, weekStart);
        return new Extension(cap.seconds() + small + special, cap.seconds(), small, special, cap.citation());
    }

    private static Ceiling minorCeiling(EmployeeContext context, LocalDate weekStart, LocalDate today) {
        Parameter week = context.parameter("kr.lsa69.week-limit", weekStart);
        boolean weekAgreed = minorAgreed(context, weekStart);
        long weekly = week.seconds() + (weekAgreed ? context.parameter("kr.lsa69.week-extension", weekStart).seconds() : 0);
        long daily = context.parameter("kr.lsa69.day-limit", today).seconds()
                + (minorAgreed(context, today) ? context.parameter("kr.lsa69.day-extension", today).seconds() : 0);
        return new Ceiling(weekly, daily, Text.of("kr.headroom.minor", "weekly", d(weekly), "daily", d(daily),
                "agreed", weekAgreed ? "yes" : "no"), week.citation());
    }

    /** The parties' agreement for a minor: one made under Art. 69, or the general extended-work agreement (as KR-LSA-69 reads it). */
    private static boolean minorAgreed(EmployeeContext context, LocalDate date) {
        return context.hasAgreement(Agreements.MINOR_EXTENSION, date) || context.hasAgreement(Agreements.EXTENDED_WORK, date);
    }

    private static Ceiling pregnantCeiling(EmployeeContext context, LocalDate weekStart, LocalDate today) {
        Parameter week = context.parameter("kr.lsa50.week-limit", weekStart);
        long day = context.parameter("kr.lsa50.day-limit", today).seconds();
        Citation row = week.citation();
        return new Ceiling(week.seconds(), day, Text.of("kr.headroom.pregnant", "weekly", d(week.seconds()), "daily", d(day)),
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

    private static java.time.Duration d(long seconds) {
        return RuleSupport.duration(seconds);
    }

    /** An addition to a ceiling ({@code + 8:00 h (Art. 53(3) agreement)}), or nothing when it is zero. */
    private static Text extra(String id, long seconds) {
        return seconds > 0 ? Text.of(id, "hours", d(seconds)) : Text.empty();
    }
}
