package org.worktime.io.write;

import org.worktime.core.i18n.Language;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class FormatsTest {

    @Test
    void moneyIsGroupedInTheCurrencysUnit() {
        assertThat(Formats.money(Money.ofMajor(CurrencyUnit.of("KRW"), 1_234_567), Language.EN)).isEqualTo("1,234,567 KRW");
        assertThat(Formats.money(Money.of(CurrencyUnit.USD, new BigDecimal("1234.5")), Language.JA)).isEqualTo("1,234.50 USD");
        assertThat(Formats.hourly(BigMoney.of(CurrencyUnit.of("KRW"), new BigDecimal("14354.066985")), Language.KO)).isEqualTo("14,354.07 KRW");
        assertThat(Formats.hourly(BigMoney.of(CurrencyUnit.USD, new BigDecimal("12.5")), Language.EN)).isEqualTo("12.50 USD");
    }

    @Test
    void csvCellsAreRoundedForReading() {
        // A monthly wage of 3,200,000 KRW over 209 hours: the exact base has 28 decimals; the cell shows the won.
        BigMoney exact = BigMoney.of(CurrencyUnit.of("KRW"), new BigDecimal("3200000").divide(new BigDecimal("209"), java.math.MathContext.DECIMAL128));
        assertThat(exact.getAmount().toPlainString()).isEqualTo("15311.00478468899521531100478468900");
        assertThat(Formats.hourlyCell(exact)).isEqualTo("15,311");
        assertThat(Formats.hourlyCell(BigMoney.of(CurrencyUnit.of("KRW"), new BigDecimal("14354.066985")))).isEqualTo("14,354.07");
        assertThat(Formats.hourlyCell(BigMoney.of(CurrencyUnit.USD, new BigDecimal("12.5")))).isEqualTo("12.50");
        assertThat(Formats.amountCell(Money.ofMajor(CurrencyUnit.of("KRW"), 10_320))).isEqualTo("10,320");
        assertThat(Formats.amountCell(Money.of(CurrencyUnit.USD, new BigDecimal("1234.5")))).isEqualTo("1,234.50");
        assertThat(Formats.rate(new BigDecimal("1.50"))).isEqualTo("1.5");
        assertThat(Formats.rate(new BigDecimal("0.333333333"))).isEqualTo("0.3333");
        assertThat(Formats.rate(new BigDecimal("2"))).isEqualTo("2");
    }

    @Test
    void decimalsArePlainWithoutTrailingZeros() {
        assertThat(Formats.plain(new BigDecimal("1.50"))).isEqualTo("1.5");
        assertThat(Formats.plain(new BigDecimal("2E+1"))).isEqualTo("20");
        assertThat(Formats.minutes(90)).isEqualByComparingTo("1.5");
    }

    @Test
    void periodsShowInclusiveDates() {
        LocalDate d = LocalDate.of(2025, 3, 3);
        assertThat(Formats.period(LocalDateRange.ofClosed(d, d), "to")).isEqualTo("2025-03-03");
        assertThat(Formats.period(LocalDateRange.of(d, d.plusDays(7)), "to")).isEqualTo("2025-03-03 to 2025-03-09");
        assertThat(Formats.singleDate(LocalDateRange.of(d, d.plusDays(2)))).isNull();
        assertThat(Formats.period(LocalDateRange.of(d, d.plusDays(7)), Language.KO)).isEqualTo("2025-03-03 ~ 2025-03-09");
        assertThat(Formats.period(LocalDateRange.of(d, d.plusDays(7)), Language.JA)).isEqualTo("2025-03-03～2025-03-09");
        assertThat(Formats.period(LocalDateRange.ofClosed(d, d), Language.JA)).isEqualTo("2025-03-03");
    }

    @Test
    void hangulTakesTwoColumns() {
        assertThat(Formats.width("근로자")).isEqualTo(6);
        assertThat(Formats.pad("위반", 8)).isEqualTo("위반    ");
        assertThat(Formats.padLeft("ab", 4)).isEqualTo("  ab");
    }

    @Test
    void wrapBreaksAtSpacesAndKeepsLongWordsWhole() {
        assertThat(Formats.wrap("> ", "aaa bbb ccc", 2, 9)).containsExactly("> aaa bbb", "  ccc");
        assertThat(Formats.wrap("", "https://example.org/a/very/long/link", 2, 10)).containsExactly("https://example.org/a/very/long/link");
        assertThat(Formats.wrap("", "one\ntwo", 4, 100)).containsExactly("one", "    two");
    }

    @Test
    void formatAndLanguageNamesAreParsedLeniently() {
        assertThat(Format.parse("JSON")).isEqualTo(Format.JSON);
        assertThat(Format.parse("markdown")).isEqualTo(Format.MARKDOWN);
        assertThat(Language.parse("KO")).isEqualTo(Language.KO);
        assertThatThrownBy(() -> Format.parse("xml")).hasMessage("unknown format 'xml': use text, json, csv, md or xlsx");
        assertThat(Format.parse("XLSX")).isEqualTo(Format.XLSX);
        assertThatThrownBy(() -> Language.parse("fr")).hasMessage("unknown language 'fr': use en, ko or ja");
        assertThatThrownBy(() -> ReportWriter.of(Format.MARKDOWN, Language.EN, ReportWriter.Mode.CHECK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportWriter.of(Format.XLSX, Language.EN, ReportWriter.Mode.CHECK))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
