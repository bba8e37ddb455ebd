package org.worktime.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Workplace;
import org.worktime.core.engine.DayTypes;
import org.worktime.core.param.ParameterTable;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.rule.Packs;
import org.worktime.policy.Policy;

/**
 * The legal maximum of a team's hours in a window under each option, worked out without the planner or its solver: from
 * the packs' dated parameter rows (never a literal), the days the team may work (not a holiday of the judging pack, not
 * kept free) at the longest day wanted, and, for a policy, the policy file's own weekly cap. An upper bound: whatever the
 * planner emits lawfully is at most this, so "does not fit" must mean the work is above it.
 *
 * <p>Per option, for each employee:
 * <ul>
 * <li>{@code kr-ordinary}: each week the smaller of the open days and 40 h + 12 h ({@code kr.lsa50.week-limit},
 * {@code kr.lsa53.extension-cap}); {@code kr-special-extended} adds {@code kr.lsa53-4.default-extra}.</li>
 * <li>Flexible hours: the unit starts on the window's first day (docs/PLANNING.md), of {@code kr.lsa51-1.max-weeks}
 * weeks or the whole weeks within {@code kr.lsa51-2.max-months} / {@code kr.lsa51-2-6m.max-months} months. Inside one
 * unit: each week at most its schedule's cap ({@code kr.lsa51-1.week-cap} or {@code kr.lsa51-2.week-cap}) plus 12 h of
 * extended work, and the unit's weeks in the window at most the unit's average ({@code kr.lsa51.average-week}) times
 * its weeks (the later weeks may be free) plus 12 h for each week in the window. A window longer than a unit has each
 * unit average the statutory week on its own: each week at most {@code kr.lsa51.average-week} + 12 h.</li>
 * <li>Selective hours: the settlement period of {@code kr.lsa52.max-months} (or {@code kr.lsa52.rnd-max-months}) months
 * from the window's first day may hold {@code kr.lsa52.average-week} and {@code kr.lsa52.extension-average} for each 7
 * of its days; no week or day caps.</li>
 * <li>{@code jp-art36}: each week's statutory hours (the smaller of {@code jp.lsa32.week-limit} and the open days at
 * {@code jp.lsa32.day-limit}) plus the month's overtime limit {@code jp.lsa36.month-limit}; {@code jp-art36-special}
 * plus less than {@code jp.lsa36.monthly-cap} (a window of at most three weeks lies in the agreement's first month).</li>
 * <li>{@code jp-hps}: no hour cap ("unbounded" for hours): the open days, at most {@code 28 - jp.hps.days-off-per-4-weeks}
 * of them in the four weeks from the window's first day and {@code 365 - jp.hps.days-off-per-year} in its year.</li>
 * <li>{@code us-flsa-nonexempt}, {@code us-flsa-exempt}: no federal cap on an adult's hours: the open days (US day types).</li>
 * <li>A policy: for whom it covers, each week the smaller of the open days and its weekly cap (when it lifts Arts 50 and
 * 53; none when it has no cap); for the others, ordinary hours.</li>
 * </ul>
 */
final class LegalMaximum {

    private LegalMaximum() {
    }

    static long of(Dataset data, PlanPropertiesTest.Case c, LocalDateRange window, Policy policy) {
        PlanOption option = c.option();
        String jurisdiction = option.jurisdiction();
        JurisdictionPack pack = Packs.find(jurisdiction).orElseThrow();
        ParameterTable p = pack.parameters();
        Workplace w = data.workplace();
        Workplace judged = jurisdiction.equals(w.jurisdiction()) ? w : new Workplace(w.id(), w.name(), jurisdiction, w.zone(), w.weekStart(),
                w.headcount(), w.calendar(), List.of(), w.publicSector(), java.util.Map.of(), w.weekStartTime());
        DayTypes days = pack.dayTypes(judged, p);
        LocalDate first = window.getStart();
        java.util.OptionalInt heads = w.headcountOn(first);
        long longest = c.longestDay() * 3600L;
        long total = 0;
        for (String id : c.team()) {
            Employee e = data.employee(id);
            total += switch (option) {
                case KR_ORDINARY, KR_SPECIAL_EXTENDED -> weekly(c, window, days, week -> ordinaryWeek(p, week, heads)
                        + (option == PlanOption.KR_SPECIAL_EXTENDED ? p.get("kr.lsa53-4.default-extra", week, heads).seconds() : 0));
                case KR_FLEXIBLE_2W, KR_FLEXIBLE_3M, KR_FLEXIBLE_6M -> flexible(c, window, days, p, w, heads);
                case KR_SELECTIVE_1M, KR_SELECTIVE_3M_RND -> {
                    int months = p.get(option == PlanOption.KR_SELECTIVE_1M ? "kr.lsa52.max-months" : "kr.lsa52.rnd-max-months", first, heads).integer();
                    long periodDays = LocalDateRange.of(first, first.plusMonths(months)).lengthInDays();
                    long period = (p.get("kr.lsa52.average-week", first, heads).seconds() + p.get("kr.lsa52.extension-average", first, heads).seconds())
                            * periodDays / 7;
                    yield Math.min(period, openDays(c, window, days) * longest);
                }
                case JP_ART36, JP_ART36_SPECIAL -> japanese(c, window, days, p, option == PlanOption.JP_ART36_SPECIAL, heads);
                case JP_HPS -> {
                    long workable = Math.min(openDays(c, window, days), Math.min(28 - p.get("jp.hps.days-off-per-4-weeks", first, heads).integer(),
                            first.lengthOfYear() - p.get("jp.hps.days-off-per-year", first, heads).integer()));
                    yield workable * longest;
                }
                case US_FLSA_NONEXEMPT, US_FLSA_EXEMPT -> openDays(c, window, days) * longest;
                case POLICY -> {
                    boolean covered = policy.coverage().jobFamilies().contains(e.attributes().get(policy.coverage().jobAttribute()));
                    boolean liftsWeek = policy.lifts("KR-LSA-50-1") && policy.lifts("KR-LSA-53-1");
                    if (covered && liftsWeek) {
                        long cap = policy.health().weeklyCap() == null ? Long.MAX_VALUE : policy.health().weeklyCap().toSeconds();
                        yield weekly(c, window, days, week -> cap);
                    }
                    yield weekly(c, window, days, week -> ordinaryWeek(p, week, heads));
                }
            };
        }
        return total;
    }

    private static long ordinaryWeek(ParameterTable p, LocalDate week, java.util.OptionalInt heads) {
        return p.get("kr.lsa50.week-limit", week, heads).seconds() + p.get("kr.lsa53.extension-cap", week, heads).seconds();
    }

    /** The sum over the window's weeks of the smaller of the week's open days and its ceiling. */
    private static long weekly(PlanPropertiesTest.Case c, LocalDateRange window, DayTypes days, java.util.function.Function<LocalDate, Long> ceiling) {
        long sum = 0;
        for (LocalDate week = window.getStart(); week.isBefore(window.getEnd()); week = week.plusWeeks(1)) {
            sum += Math.min(ceiling.apply(week), open(c, week, days) * c.longestDay() * 3600L);
        }
        return sum;
    }

    private static long flexible(PlanPropertiesTest.Case c, LocalDateRange window, DayTypes days, ParameterTable p, Workplace w, java.util.OptionalInt heads) {
        LocalDate first = window.getStart();
        PlanOption option = c.option();
        int unitWeeks;
        long weekCap;
        if (option == PlanOption.KR_FLEXIBLE_2W) {
            unitWeeks = p.get("kr.lsa51-1.max-weeks", first, heads).integer();
            weekCap = p.get("kr.lsa51-1.week-cap", first, heads).seconds();
        } else {
            String months = option == PlanOption.KR_FLEXIBLE_3M ? "kr.lsa51-2.max-months" : "kr.lsa51-2-6m.max-months";
            var row = p.find(months, first, w.headcountOn(first));
            if (row.isEmpty()) {
                return 0;
            }
            LocalDate limit = first.plusMonths(row.get().integer());
            unitWeeks = 0;
            while (!first.plusWeeks(unitWeeks + 1L).isAfter(limit)) {
                unitWeeks++;
            }
            weekCap = p.get("kr.lsa51-2.week-cap", first, heads).seconds();
        }
        long average = p.get("kr.lsa51.average-week", first, heads).seconds();
        long extension = p.get("kr.lsa53.extension-cap", first, heads).seconds();
        int windowWeeks = window.lengthInDays() / 7;
        if (windowWeeks > unitWeeks) {
            return weekly(c, window, days, week -> average + extension);
        }
        long weeks = weekly(c, window, days, week -> weekCap + extension);
        return Math.min(weeks, average * unitWeeks + extension * windowWeeks);
    }

    private static long japanese(PlanPropertiesTest.Case c, LocalDateRange window, DayTypes days, ParameterTable p, boolean special, java.util.OptionalInt heads) {
        LocalDate first = window.getStart();
        long dayLimit = p.get("jp.lsa32.day-limit", first, heads).seconds();
        long longest = c.longestDay() * 3600L;
        long statutory = 0;
        for (LocalDate week = first; week.isBefore(window.getEnd()); week = week.plusWeeks(1)) {
            statutory += Math.min(p.get("jp.lsa32.week-limit", week, heads).seconds(), open(c, week, days) * Math.min(dayLimit, longest));
        }
        // Under the special clause overtime and holiday work stay strictly below the monthly cap (Art. 36(6)(ii)).
        long overtime = special ? p.get("jp.lsa36.monthly-cap", first, heads).seconds() - 1 : p.get("jp.lsa36.month-limit", first, heads).seconds();
        return Math.min(openDays(c, window, days) * longest, statutory + overtime);
    }

    /** The days of the window the team may work: not a holiday of the judging pack, not kept free. */
    static long openDays(PlanPropertiesTest.Case c, LocalDateRange window, DayTypes days) {
        long open = 0;
        for (LocalDate week = window.getStart(); week.isBefore(window.getEnd()); week = week.plusWeeks(1)) {
            open += open(c, week, days);
        }
        return open;
    }

    private static long open(PlanPropertiesTest.Case c, LocalDate week, DayTypes days) {
        long open = 0;
        for (int d = 0; d < 7; d++) {
            LocalDate date = week.plusDays(d);
            boolean free = c.saturdayFree() && date.getDayOfWeek() == DayOfWeek.SATURDAY;
            if (!days.typeOf(date).isHoliday() && !free) {
                open++;
            }
        }
        return open;
    }
}
