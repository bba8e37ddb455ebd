package org.worktime.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.finding.Text;
import org.worktime.core.testing.CatalogCheck;

class MessagesTest {

    @Test
    void theCoreCatalogIsCompleteInEveryLanguage() {
        assertThat(CatalogCheck.problems("core")).isEmpty();
    }

    @Test
    void theCoreSourcesSayEverythingFromTheCatalog() throws Exception {
        assertThat(CatalogCheck.sourceProblems(Path.of("src/main/java"))).isEmpty();
    }

    @Test
    void argumentsAreWrittenByTypeInEachLanguage() {
        LocalDateRange week = LocalDateRange.ofClosed(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8));
        assertThat(Catalog.format(week, Language.EN)).isEqualTo("2026-03-02 to 2026-03-08");
        assertThat(Catalog.format(week, Language.KO)).isEqualTo("2026-03-02~2026-03-08");
        assertThat(Catalog.format(week, Language.JA)).isEqualTo("2026-03-02～2026-03-08");
        assertThat(Catalog.format(LocalDateRange.ofClosed(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2)), Language.EN))
                .isEqualTo("2026-03-02");
        assertThat(Catalog.format(Duration.ofMinutes(52 * 60 + 30), Language.JA)).isEqualTo("52:30");
        assertThat(Catalog.format(Money.ofMajor(CurrencyUnit.of("KRW"), 1_032_000), Language.KO)).isEqualTo("1,032,000 KRW");
        assertThat(Catalog.format(Money.of(CurrencyUnit.USD, new BigDecimal("12.5")), Language.EN)).isEqualTo("12.50 USD");
        assertThat(Catalog.format(BigMoney.of(CurrencyUnit.of("KRW"), new BigDecimal("15311.004784688995215311004784689")),
                Language.EN)).isEqualTo("15,311 KRW");
        assertThat(Catalog.format(BigMoney.of(CurrencyUnit.USD, new BigDecimal("18.3333333")), Language.EN)).isEqualTo("18.3333 USD");
        assertThat(Catalog.format(List.of("a", "b"), Language.EN)).isEqualTo("a; b");
        assertThat(Catalog.format(List.of("a", "b"), Language.JA)).isEqualTo("a、b");
    }

    @Test
    void aMessageNamesItsArgumentsAndIsRenderedPerLanguage() {
        Text period = Text.of("core.period", "from", LocalDate.of(2026, 1, 1), "to", LocalDate.of(2026, 1, 31));
        assertThat(period.in(Language.EN)).isEqualTo("2026-01-01 to 2026-01-31");
        assertThat(period.in("ja")).isEqualTo("2026-01-01～2026-01-31");
        assertThat(MessageStructure.of(period)).hasToString("{id=core.period, args={from=2026-01-01, to=2026-01-31}}");
        assertThat(Text.words("Proposal A", "안 A", null).in(Language.JA)).isEqualTo("Proposal A");
        assertThat(Catalog.contains("core.period")).isTrue();
        assertThat(Catalog.contains("core.no-such-message")).isFalse();
        assertThat(Catalog.contains("nomodule")).isFalse();
    }

    @Test
    void languagesAreReadFromCodesAndLocaleTags() {
        assertThat(Language.parse("JA")).isEqualTo(Language.JA);
        assertThat(Language.parse("ko-KR")).isEqualTo(Language.KO);
        assertThat(Language.parse("ja_JP")).isEqualTo(Language.JA);
        assertThat(Language.of("KR")).isEqualTo(Language.KO);
        assertThat(Language.of("JP")).isEqualTo(Language.JA);
        assertThat(Language.of("US-CA")).isEqualTo(Language.EN);
    }
}
