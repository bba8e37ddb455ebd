package org.worktime.kr.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Re-derives the substitute holidays (대체공휴일) from the regular holidays and the rule in force on each date, and
 * checks the table against the derivation.
 *
 * <p>The rule (Regulations on Holidays of Government Offices Art. 3; since 2022 also Public Holidays Act Art. 3):
 * <ul>
 *   <li>from 2014 (amendment of 2013-11-05): a day of the Seollal or Chuseok block that falls on a <em>Sunday</em>
 *       or on another holiday; Children's Day on a <em>Saturday or Sunday</em> or on another holiday;</li>
 *   <li>from 2021-08-04 (amendment in force on promulgation that day, after the Public Holidays Act; first applied
 *       to Liberation Day 2021): also Independence Movement Day, Liberation Day, National Foundation Day and Hangeul
 *       Day on a Saturday or Sunday or on another holiday;</li>
 *   <li>from May 2023 (amendment adopted by the State Council 2023-05-02, in force on promulgation that week; first
 *       applied 2023-05-29): also Buddha's Birthday and Christmas Day;</li>
 *   <li>from 2026-05-11 (Public Holidays Act amendment reinstating Constitution Day; substitute rule known only from
 *       secondary sources, see the CSV header): also Constitution Day;</li>
 *   <li>never: New Year's Day, Memorial Day, election days, temporary holidays (and, unverified, Labour Day).</li>
 * </ul>
 * The substitute holiday is the first day after the holiday - after the last day of a Seollal/Chuseok block - that
 * is not a Saturday, Sunday or holiday; several substitutes take successive such days (Art. 3(2)). Two holidays on
 * the same date give one substitute (2025-05-05, Children's Day and Buddha's Birthday: one substitute, 2025-05-06,
 * as in the official 2025 count).
 */
class SubstituteHolidaysTest {

    private static final KoreanPublicHolidays TABLE = KoreanPublicHolidays.bundled();

    private static final LocalDate BLOCKS_AND_CHILDRENS_DAY_FROM = LocalDate.of(2014, 1, 1);
    private static final LocalDate NATIONAL_DAYS_FROM = LocalDate.of(2021, 8, 4);
    /** Lower bound of the promulgation in the first week of May 2023; any day up to 2023-05-27 gives the same table. */
    private static final LocalDate BUDDHA_AND_CHRISTMAS_FROM = LocalDate.of(2023, 5, 2);
    private static final LocalDate CONSTITUTION_DAY_FROM = LocalDate.of(2026, 5, 11);
    /** Labour Day (May 1) is a public holiday from 2026 (Public Holidays Act amendment, in force for 2026-05-01). */
    private static final int LABOUR_DAY_PUBLIC_FROM_YEAR = 2026;

    /** How a regular holiday behaves under the substitute rule. */
    private enum Rule {
        /** A day of the three-day Seollal or Chuseok block: Sunday or another holiday. */
        BLOCK(BLOCKS_AND_CHILDRENS_DAY_FROM, false),
        CHILDRENS_DAY(BLOCKS_AND_CHILDRENS_DAY_FROM, true),
        NATIONAL_DAY(NATIONAL_DAYS_FROM, true),
        BUDDHA_OR_CHRISTMAS(BUDDHA_AND_CHRISTMAS_FROM, true),
        CONSTITUTION_DAY(CONSTITUTION_DAY_FROM, true),
        NONE(LocalDate.MAX, false);

        final LocalDate from;
        final boolean saturdayCounts;

        Rule(LocalDate from, boolean saturdayCounts) {
            this.from = from;
            this.saturdayCounts = saturdayCounts;
        }
    }

    /** A regular holiday; block holidays carry the last day of their block. */
    private record Regular(LocalDate date, Rule rule, LocalDate blockEnd) {
    }

    /** The regular holidays of a year, from fixed dates and ICU's lunar calendar (not from the table). */
    private static List<Regular> regularHolidays(int year) {
        List<Regular> list = new ArrayList<>();
        list.add(new Regular(LocalDate.of(year, 1, 1), Rule.NONE, null));
        for (LocalDate centre : List.of(DangiDates.seollal(year), DangiDates.chuseok(year))) {
            for (int offset = -1; offset <= 1; offset++) {
                list.add(new Regular(centre.plusDays(offset), Rule.BLOCK, centre.plusDays(1)));
            }
        }
        for (MonthDay national : List.of(MonthDay.of(3, 1), MonthDay.of(8, 15), MonthDay.of(10, 3), MonthDay.of(10, 9))) {
            list.add(new Regular(national.atYear(year), Rule.NATIONAL_DAY, null));
        }
        list.add(new Regular(LocalDate.of(year, 5, 5), Rule.CHILDRENS_DAY, null));
        list.add(new Regular(DangiDates.buddhasBirthday(year), Rule.BUDDHA_OR_CHRISTMAS, null));
        list.add(new Regular(LocalDate.of(year, 6, 6), Rule.NONE, null));
        if (year >= 2026) {
            list.add(new Regular(LocalDate.of(year, 7, 17), Rule.CONSTITUTION_DAY, null));
        }
        list.add(new Regular(LocalDate.of(year, 12, 25), Rule.BUDDHA_OR_CHRISTMAS, null));
        return list;
    }

    /** Substitute holidays derived from the rule, given the year's regular holidays and its temporary/election days. */
    static Set<LocalDate> deriveSubstitutes(int year) {
        List<Regular> regular = regularHolidays(year);
        Set<LocalDate> temporary = rowsOfKind(year, PublicHoliday.Kind.TEMPORARY_HOLIDAY);

        Map<LocalDate, List<Regular>> byDate = new HashMap<>();
        regular.forEach(r -> byDate.computeIfAbsent(r.date(), d -> new ArrayList<>()).add(r));
        Set<LocalDate> holidays = new HashSet<>(byDate.keySet());
        holidays.addAll(temporary);
        if (year >= LABOUR_DAY_PUBLIC_FROM_YEAR) {
            holidays.add(LocalDate.of(year, 5, 1));
        }

        // One trigger per overlapped date: the date after which the substitute is sought.
        List<LocalDate> searchAfter = new ArrayList<>();
        for (LocalDate date : new TreeSet<>(byDate.keySet())) {
            List<Regular> here = byDate.get(date);
            boolean onAnotherHoliday = here.size() > 1 || temporary.contains(date);
            for (Regular holiday : here) {
                Rule rule = holiday.rule();
                if (date.isBefore(rule.from)) {
                    continue;
                }
                DayOfWeek dow = date.getDayOfWeek();
                boolean onWeekend = dow == DayOfWeek.SUNDAY || (rule.saturdayCounts && dow == DayOfWeek.SATURDAY);
                if (onWeekend || onAnotherHoliday) {
                    searchAfter.add(rule == Rule.BLOCK ? holiday.blockEnd() : date);
                    break; // one substitute for the date, however many holidays share it
                }
            }
        }

        Set<LocalDate> substitutes = new TreeSet<>();
        for (LocalDate after : searchAfter) {
            LocalDate day = after.plusDays(1);
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                    || holidays.contains(day)) {
                day = day.plusDays(1);
            }
            holidays.add(day);
            substitutes.add(day);
        }
        return substitutes;
    }

    private static Set<LocalDate> rowsOfKind(int year, PublicHoliday.Kind kind) {
        return TABLE.between(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).stream()
                .filter(h -> h.kind() == kind)
                .map(PublicHoliday::date)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027})
    void regularHolidaysOfTheTableAreTheFixedAndLunarDays(int year) {
        Set<LocalDate> expected = regularHolidays(year).stream().map(Regular::date)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(rowsOfKind(year, PublicHoliday.Kind.PUBLIC_HOLIDAY)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027})
    void substituteHolidaysOfTheTableAreTheDerivedOnes(int year) {
        assertThat(rowsOfKind(year, PublicHoliday.Kind.SUBSTITUTE_HOLIDAY)).containsExactlyElementsOf(deriveSubstitutes(year));
    }

    @Test
    void derivationGivesTheKnownSubstituteDates() {
        // The derivation written out, so that a change to the rule shows here. 2018-2026 match the official
        // announcements (sources at the top of public-holidays.csv); 2027 is the rule applied in advance.
        Set<LocalDate> all = new TreeSet<>();
        for (int year = 2018; year <= 2027; year++) {
            all.addAll(deriveSubstitutes(year));
        }
        assertThat(all).containsExactly(
                LocalDate.of(2018, 5, 7),    // Children's Day on Saturday
                LocalDate.of(2018, 9, 26),   // day before Chuseok on Sunday
                LocalDate.of(2019, 5, 6),    // Children's Day on Sunday
                LocalDate.of(2020, 1, 27),   // day after Seollal on Sunday (Liberation Day 2020 on Saturday: no rule yet)
                LocalDate.of(2021, 8, 16),   // Liberation Day on Sunday, first application of the 2021 rule
                LocalDate.of(2021, 10, 4),   // National Foundation Day on Sunday
                LocalDate.of(2021, 10, 11),  // Hangeul Day on Saturday
                LocalDate.of(2022, 9, 12),   // day after Chuseok on Sunday
                LocalDate.of(2022, 10, 10),  // Hangeul Day on Sunday (Christmas 2022 on Sunday: no rule yet)
                LocalDate.of(2023, 1, 24),   // Seollal on Sunday
                LocalDate.of(2023, 5, 29),   // Buddha's Birthday on Saturday, first application of the 2023 rule
                LocalDate.of(2024, 2, 12),   // day after Seollal on Sunday
                LocalDate.of(2024, 5, 6),    // Children's Day on Sunday
                LocalDate.of(2025, 3, 3),    // Independence Movement Day on Saturday
                LocalDate.of(2025, 5, 6),    // Children's Day and Buddha's Birthday on the same day
                LocalDate.of(2025, 10, 8),   // day before Chuseok on Sunday
                LocalDate.of(2026, 3, 2),    // Independence Movement Day on Sunday
                LocalDate.of(2026, 5, 25),   // Buddha's Birthday on Sunday
                LocalDate.of(2026, 8, 17),   // Liberation Day on Saturday
                LocalDate.of(2026, 10, 5),   // National Foundation Day on Saturday
                LocalDate.of(2027, 2, 9),    // Seollal on Sunday
                LocalDate.of(2027, 7, 19),   // Constitution Day on Saturday (rule from secondary sources only)
                LocalDate.of(2027, 8, 16),   // Liberation Day on Sunday
                LocalDate.of(2027, 10, 4),   // National Foundation Day on Sunday
                LocalDate.of(2027, 10, 11),  // Hangeul Day on Saturday
                LocalDate.of(2027, 12, 27)); // Christmas Day on Saturday
    }

    @Test
    void noSubstituteForHolidaysOutsideTheRule() {
        // Memorial Day 2026 (Saturday) and 2027 (Sunday), New Year's Day 2022 (Saturday), the day after Chuseok on a
        // Saturday (2026-09-26): none of them gives a substitute.
        assertThat(TABLE.on(LocalDate.of(2026, 6, 8))).isEmpty();
        assertThat(TABLE.on(LocalDate.of(2027, 6, 7))).isEmpty();
        assertThat(TABLE.on(LocalDate.of(2022, 1, 3))).isEmpty();
        assertThat(TABLE.on(LocalDate.of(2026, 9, 28))).isEmpty();
        // Labour Day 2027 falls on a Saturday; whether it has a substitute is unverified and none is listed.
        assertThat(TABLE.on(LocalDate.of(2027, 5, 3))).isEmpty();
    }
}
