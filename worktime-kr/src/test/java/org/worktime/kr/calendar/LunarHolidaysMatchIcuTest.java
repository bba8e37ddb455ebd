package org.worktime.kr.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lunar holidays of the table (Seollal and Chuseok with the day before and after, Buddha's Birthday) are the
 * dates ICU4J's Korean lunisolar calendar ({@code DangiCalendar}) gives, for every covered year.
 */
class LunarHolidaysMatchIcuTest {

    private static final KoreanPublicHolidays TABLE = KoreanPublicHolidays.bundled();

    @Test
    void icuCalendarIsTheKoreanDangiCalendar() {
        assertThat(DangiDates.dangiCalendar().getClass().getSimpleName()).isEqualTo("DangiCalendar");
    }

    @Test
    void icuAgreesWithPublishedDatesItIsCheckedAgainst() {
        // Official dates from the annual 월력요항 announcements (sources at the top of public-holidays.csv)
        // and KASI's published 2027 lunar table: a guard that ICU itself is right for the years that matter.
        assertThat(DangiDates.seollal(2018)).isEqualTo(LocalDate.of(2018, 2, 16));
        assertThat(DangiDates.chuseok(2018)).isEqualTo(LocalDate.of(2018, 9, 24));
        assertThat(DangiDates.seollal(2025)).isEqualTo(LocalDate.of(2025, 1, 29));
        assertThat(DangiDates.chuseok(2025)).isEqualTo(LocalDate.of(2025, 10, 6));
        assertThat(DangiDates.buddhasBirthday(2025)).isEqualTo(LocalDate.of(2025, 5, 5));
        assertThat(DangiDates.seollal(2027)).isEqualTo(LocalDate.of(2027, 2, 7));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027})
    void seollalRowsMatchIcu(int year) {
        LocalDate seollal = DangiDates.seollal(year);
        assertThat(lunarRows(year, "Seollal")).containsExactlyEntriesOf(orderedMap(
                seollal.minusDays(1), "Day before Seollal",
                seollal, "Seollal (Lunar New Year's Day)",
                seollal.plusDays(1), "Day after Seollal"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027})
    void buddhasBirthdayRowMatchesIcu(int year) {
        LocalDate birthday = DangiDates.buddhasBirthday(year);
        Map<LocalDate, String> rows = lunarRows(year, "Buddha's Birthday");
        assertThat(rows).containsOnlyKeys(birthday);
        // 2025-05-05 is also Children's Day: one row carrying both names.
        assertThat(rows.get(birthday).split(" / ")).contains("Buddha's Birthday");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027})
    void chuseokRowsMatchIcu(int year) {
        LocalDate chuseok = DangiDates.chuseok(year);
        assertThat(lunarRows(year, "Chuseok")).containsExactlyEntriesOf(orderedMap(
                chuseok.minusDays(1), "Day before Chuseok",
                chuseok, "Chuseok",
                chuseok.plusDays(1), "Day after Chuseok"));
    }

    /** The regular (non-substitute) rows of a year whose English name mentions the holiday, by date. */
    private static Map<LocalDate, String> lunarRows(int year, String holiday) {
        List<PublicHoliday> rows = TABLE.between(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        return rows.stream()
                .filter(h -> h.kind() == PublicHoliday.Kind.PUBLIC_HOLIDAY)
                .filter(h -> h.nameEn().contains(holiday))
                .collect(Collectors.toMap(PublicHoliday::date, PublicHoliday::nameEn, (a, b) -> a, TreeMap::new));
    }

    private static Map<LocalDate, String> orderedMap(LocalDate d1, String n1, LocalDate d2, String n2, LocalDate d3, String n3) {
        Map<LocalDate, String> map = new TreeMap<>();
        map.put(d1, n1);
        map.put(d2, n2);
        map.put(d3, n3);
        return map;
    }
}
