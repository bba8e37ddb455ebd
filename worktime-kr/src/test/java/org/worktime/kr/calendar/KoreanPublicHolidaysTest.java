package org.worktime.kr.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.worktime.kr.calendar.PublicHoliday.Kind.PUBLIC_HOLIDAY;
import static org.worktime.kr.calendar.PublicHoliday.Kind.SUBSTITUTE_HOLIDAY;
import static org.worktime.kr.calendar.PublicHoliday.Kind.TEMPORARY_HOLIDAY;
import static org.worktime.kr.calendar.PublicHoliday.Kind.WORKERS_DAY;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KoreanPublicHolidaysTest {

    private static final KoreanPublicHolidays TABLE = KoreanPublicHolidays.bundled();

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** The table's rows of a year, date to kind. */
    private static Map<LocalDate, PublicHoliday.Kind> year(int year) {
        return TABLE.between(d(year, 1, 1), d(year + 1, 1, 1)).stream()
                .collect(Collectors.toMap(PublicHoliday::date, PublicHoliday::kind, (a, b) -> a, TreeMap::new));
    }

    private static Map<LocalDate, PublicHoliday.Kind> expected(Object... dateKindPairs) {
        Map<LocalDate, PublicHoliday.Kind> map = new TreeMap<>();
        for (int i = 0; i < dateKindPairs.length; i += 2) {
            map.put((LocalDate) dateKindPairs[i], (PublicHoliday.Kind) dateKindPairs[i + 1]);
        }
        return map;
    }

    @Test
    void year2024() {
        // Official: 2024 월력요항 (Ministry of Science and ICT / KASI, announced 2023-06-22: 68 red days incl. the
        // National Assembly election 04-10), https://cm.asiae.co.kr/en/article/2023062214220923678 ; list as in
        // https://holidays.kayaposoft.com/public_holidays.php?country=kor&year=2024 ; plus the temporary holiday
        // 10-01 (Armed Forces Day, State Council 2024-09-03), https://m.wikitree.co.kr/articles/980398 .
        // May 1 is Workers' Day (separate Act).
        assertThat(year(2024)).containsExactlyEntriesOf(expected(
                d(2024, 1, 1), PUBLIC_HOLIDAY,
                d(2024, 2, 9), PUBLIC_HOLIDAY,
                d(2024, 2, 10), PUBLIC_HOLIDAY,
                d(2024, 2, 11), PUBLIC_HOLIDAY,
                d(2024, 2, 12), SUBSTITUTE_HOLIDAY,
                d(2024, 3, 1), PUBLIC_HOLIDAY,
                d(2024, 4, 10), TEMPORARY_HOLIDAY,
                d(2024, 5, 1), WORKERS_DAY,
                d(2024, 5, 5), PUBLIC_HOLIDAY,
                d(2024, 5, 6), SUBSTITUTE_HOLIDAY,
                d(2024, 5, 15), PUBLIC_HOLIDAY,
                d(2024, 6, 6), PUBLIC_HOLIDAY,
                d(2024, 8, 15), PUBLIC_HOLIDAY,
                d(2024, 9, 16), PUBLIC_HOLIDAY,
                d(2024, 9, 17), PUBLIC_HOLIDAY,
                d(2024, 9, 18), PUBLIC_HOLIDAY,
                d(2024, 10, 1), TEMPORARY_HOLIDAY,
                d(2024, 10, 3), PUBLIC_HOLIDAY,
                d(2024, 10, 9), PUBLIC_HOLIDAY,
                d(2024, 12, 25), PUBLIC_HOLIDAY));
    }

    @Test
    void year2025() {
        // Official: 2025 월력요항 (KASA, announced 2024-06-20: 68 red days; substitutes 03-03, 05-06, 10-08),
        // http://newsspace.kr/news/article.html?no=2538 ; temporary holiday 01-27 (State Council 2025-01-14),
        // https://biz.sbs.co.kr/amp/article/20000212566 ; early presidential election 06-03 designated a temporary
        // holiday (State Council 2025-04-08), https://v.daum.net/v/20250408103628071 . No holiday on 10-10.
        // May 1 is Workers' Day (separate Act).
        assertThat(year(2025)).containsExactlyEntriesOf(expected(
                d(2025, 1, 1), PUBLIC_HOLIDAY,
                d(2025, 1, 27), TEMPORARY_HOLIDAY,
                d(2025, 1, 28), PUBLIC_HOLIDAY,
                d(2025, 1, 29), PUBLIC_HOLIDAY,
                d(2025, 1, 30), PUBLIC_HOLIDAY,
                d(2025, 3, 1), PUBLIC_HOLIDAY,
                d(2025, 3, 3), SUBSTITUTE_HOLIDAY,
                d(2025, 5, 1), WORKERS_DAY,
                d(2025, 5, 5), PUBLIC_HOLIDAY,
                d(2025, 5, 6), SUBSTITUTE_HOLIDAY,
                d(2025, 6, 3), TEMPORARY_HOLIDAY,
                d(2025, 6, 6), PUBLIC_HOLIDAY,
                d(2025, 8, 15), PUBLIC_HOLIDAY,
                d(2025, 10, 3), PUBLIC_HOLIDAY,
                d(2025, 10, 5), PUBLIC_HOLIDAY,
                d(2025, 10, 6), PUBLIC_HOLIDAY,
                d(2025, 10, 7), PUBLIC_HOLIDAY,
                d(2025, 10, 8), SUBSTITUTE_HOLIDAY,
                d(2025, 10, 9), PUBLIC_HOLIDAY,
                d(2025, 12, 25), PUBLIC_HOLIDAY));
    }

    @Test
    void year2026() {
        // Official: 2026 월력요항 (KASA, announced 2025-06-30: 70 red days; substitutes 03-02, 05-25, 08-17, 10-05;
        // local elections 06-03), https://www.newsspace.kr/news/article.html?no=7754 and
        // https://www.innno.co.kr/2025/12/2026.html ; plus Constitution Day 07-17, reinstated by the Public Holidays
        // Act amendment (State Council 2026-02-03), https://m.segye.com/view/20260204501613?OutUrl=google ; and
        // May 1, renamed Labour Day (노동절) and made a public holiday from 2026 (news quoted in
        // https://github.com/hyunbinseo/holidays-kr/issues/25).
        assertThat(year(2026)).containsExactlyEntriesOf(expected(
                d(2026, 1, 1), PUBLIC_HOLIDAY,
                d(2026, 2, 16), PUBLIC_HOLIDAY,
                d(2026, 2, 17), PUBLIC_HOLIDAY,
                d(2026, 2, 18), PUBLIC_HOLIDAY,
                d(2026, 3, 1), PUBLIC_HOLIDAY,
                d(2026, 3, 2), SUBSTITUTE_HOLIDAY,
                d(2026, 5, 1), WORKERS_DAY,
                d(2026, 5, 5), PUBLIC_HOLIDAY,
                d(2026, 5, 24), PUBLIC_HOLIDAY,
                d(2026, 5, 25), SUBSTITUTE_HOLIDAY,
                d(2026, 6, 3), TEMPORARY_HOLIDAY,
                d(2026, 6, 6), PUBLIC_HOLIDAY,
                d(2026, 7, 17), PUBLIC_HOLIDAY,
                d(2026, 8, 15), PUBLIC_HOLIDAY,
                d(2026, 8, 17), SUBSTITUTE_HOLIDAY,
                d(2026, 9, 24), PUBLIC_HOLIDAY,
                d(2026, 9, 25), PUBLIC_HOLIDAY,
                d(2026, 9, 26), PUBLIC_HOLIDAY,
                d(2026, 10, 3), PUBLIC_HOLIDAY,
                d(2026, 10, 5), SUBSTITUTE_HOLIDAY,
                d(2026, 10, 9), PUBLIC_HOLIDAY,
                d(2026, 12, 25), PUBLIC_HOLIDAY));
    }

    @Test
    void onFindsTheHolidayOfADate() {
        assertThat(TABLE.on(d(2024, 10, 1))).hasValueSatisfying(h -> {
            assertThat(h.kind()).isEqualTo(TEMPORARY_HOLIDAY);
            assertThat(h.nameEn()).isEqualTo("Armed Forces Day (temporary holiday)");
            assertThat(h.nameKo()).isEqualTo("국군의 날 (임시공휴일)");
        });
        // Two holidays on one date: one row, both names.
        assertThat(TABLE.on(d(2025, 5, 5))).hasValueSatisfying(h -> {
            assertThat(h.kind()).isEqualTo(PUBLIC_HOLIDAY);
            assertThat(h.nameEn()).isEqualTo("Children's Day / Buddha's Birthday");
            assertThat(h.nameKo()).isEqualTo("어린이날 / 부처님 오신 날");
        });
        assertThat(TABLE.on(d(2023, 5, 29))).hasValueSatisfying(h -> {
            assertThat(h.kind()).isEqualTo(SUBSTITUTE_HOLIDAY);
            assertThat(h.nameEn()).isEqualTo("Substitute holiday for Buddha's Birthday");
        });
        // Sunday holidays are listed too.
        assertThat(TABLE.on(d(2023, 1, 22))).map(PublicHoliday::nameEn).hasValue("Seollal (Lunar New Year's Day)");
        assertThat(TABLE.on(d(2018, 5, 1))).map(PublicHoliday::nameKo).hasValue("근로자의 날");
        assertThat(TABLE.on(d(2027, 5, 1))).map(PublicHoliday::nameKo).hasValue("노동절");
        // Constitution Day is a holiday again from 2026 only.
        assertThat(TABLE.on(d(2025, 7, 17))).isEmpty();
        assertThat(TABLE.on(d(2026, 7, 17))).map(PublicHoliday::kind).hasValue(PUBLIC_HOLIDAY);
        // An ordinary working day, and the day after the Chuseok week of 2025 (no temporary holiday was designated).
        assertThat(TABLE.on(d(2024, 7, 10))).isEmpty();
        assertThat(TABLE.on(d(2025, 10, 10))).isEmpty();
    }

    @Test
    void coverage() {
        assertThat(TABLE.firstCoveredDay()).isEqualTo(d(2018, 1, 1));
        assertThat(TABLE.lastCoveredDay()).isEqualTo(d(2027, 12, 31));
        assertThat(TABLE.covers(d(2018, 1, 1))).isTrue();
        assertThat(TABLE.covers(d(2027, 12, 31))).isTrue();
        assertThat(TABLE.covers(d(2017, 12, 31))).isFalse();
        assertThat(TABLE.covers(d(2028, 1, 1))).isFalse();
        assertThat(TABLE.on(d(2018, 1, 1))).map(PublicHoliday::nameEn).hasValue("New Year's Day");
        assertThat(TABLE.on(d(2027, 12, 31))).isEmpty();
    }

    @Test
    void datesOutsideCoverageAreAnError() {
        assertThatIllegalArgumentException().isThrownBy(() -> TABLE.on(d(2028, 1, 1)))
                .withMessageContaining("2018-01-01..2027-12-31").withMessageContaining("2028-01-01");
        assertThatIllegalArgumentException().isThrownBy(() -> TABLE.on(d(2017, 12, 31)));
        assertThatIllegalArgumentException().isThrownBy(() -> TABLE.between(d(2027, 12, 1), d(2028, 1, 2)));
        assertThatIllegalArgumentException().isThrownBy(() -> TABLE.between(d(2017, 12, 31), d(2018, 1, 5)));
        assertThatIllegalArgumentException().isThrownBy(() -> TABLE.between(d(2024, 2, 1), d(2024, 1, 1)));
    }

    @Test
    void betweenIsHalfOpenAndSorted() {
        assertThat(TABLE.between(d(2024, 2, 9), d(2024, 2, 12))).extracting(PublicHoliday::date)
                .containsExactly(d(2024, 2, 9), d(2024, 2, 10), d(2024, 2, 11));
        assertThat(TABLE.between(d(2024, 2, 12), d(2024, 2, 12))).isEmpty();
        assertThat(TABLE.between(d(2027, 12, 25), d(2028, 1, 1))).extracting(PublicHoliday::date)
                .containsExactly(d(2027, 12, 25), d(2027, 12, 27));
        List<PublicHoliday> all = TABLE.between(TABLE.firstCoveredDay(), TABLE.lastCoveredDay().plusDays(1));
        assertThat(all).isEqualTo(TABLE.all()).hasSize(198);
        assertThat(all).extracting(PublicHoliday::date).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void mayFirstIsWorkersDayEveryYear() {
        for (int year = 2018; year <= 2027; year++) {
            assertThat(TABLE.on(d(year, Month.MAY.getValue(), 1))).map(PublicHoliday::kind).hasValue(WORKERS_DAY);
        }
        assertThat(TABLE.all()).filteredOn(h -> h.kind() == WORKERS_DAY).hasSize(10);
    }

    @Test
    void bundledIsLoadedOnce() {
        assertThat(KoreanPublicHolidays.bundled()).isSameAs(TABLE);
        assertThat(TABLE.all()).allSatisfy(h -> assertThat(h.basis()).isNotBlank());
    }

    private static KoreanPublicHolidays parse(String csv) throws IOException {
        return KoreanPublicHolidays.parse("test.csv", new StringReader(csv));
    }

    @Test
    void parsesCommentsAndQuotedFields() throws IOException {
        KoreanPublicHolidays table = parse("# a comment\n"
                + "date,kind,name_en,name_ko,basis\n"
                + "\n"
                + "2020-08-17,TEMPORARY_HOLIDAY,Temporary holiday,임시공휴일,\"designated, 2020 \"\"special\"\"\"\n"
                + "2020-01-01,PUBLIC_HOLIDAY,New Year's Day,1월 1일,Art. 2\n");
        assertThat(table.all()).extracting(PublicHoliday::date).containsExactly(d(2020, 1, 1), d(2020, 8, 17));
        assertThat(table.on(d(2020, 8, 17))).map(PublicHoliday::basis).hasValue("designated, 2020 \"special\"");
    }

    @Test
    void malformedRowsNameTheResourceLineAndField() {
        String header = "# comment\ndate,kind,name_en,name_ko,basis\n";
        assertThatIllegalStateException()
                .isThrownBy(() -> parse(header + "2024-13-01,PUBLIC_HOLIDAY,X,X,Y\n"))
                .withMessageContaining("test.csv").withMessageContaining("line 3").withMessageContaining("field 'date'");
        assertThatIllegalStateException()
                .isThrownBy(() -> parse(header + "2024-01-01,HOLIDAY,X,X,Y\n"))
                .withMessageContaining("line 3").withMessageContaining("field 'kind'");
        assertThatIllegalStateException()
                .isThrownBy(() -> parse(header + "2024-01-01,PUBLIC_HOLIDAY,X, ,Y\n"))
                .withMessageContaining("line 3").withMessageContaining("field 'name_ko'");
        assertThatIllegalStateException()
                .isThrownBy(() -> parse(header + "2024-01-01,PUBLIC_HOLIDAY,X,X\n"))
                .withMessageContaining("line 3").withMessageContaining("field 'basis'");
        assertThatIllegalStateException()
                .isThrownBy(() -> parse(header + "2024-01-01,PUBLIC_HOLIDAY,X,X,Y\n2024-01-01,PUBLIC_HOLIDAY,Z,Z,Y\n"))
                .withMessageContaining("line 4").withMessageContaining("field 'date'").withMessageContaining("line 3");
        assertThatIllegalStateException()
                .isThrownBy(() -> parse(header + "2030-01-01,PUBLIC_HOLIDAY,X,X,Y\n"))
                .withMessageContaining("line 3").withMessageContaining("outside the covered range");
        assertThatIllegalStateException()
                .isThrownBy(() -> parse(header + "2024-01-01,PUBLIC_HOLIDAY,X,X,\"unterminated\n"))
                .withMessageContaining("line 3").withMessageContaining("field 'basis'");
        assertThatIllegalStateException()
                .isThrownBy(() -> parse("date;kind;name_en;name_ko;basis\n"))
                .withMessageContaining("test.csv").withMessageContaining("line 1").withMessageContaining("field 'header'");
    }
}
