package org.worktime.jp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.worktime.core.i18n.Catalog;
import org.worktime.core.i18n.Language;
import org.worktime.core.rule.Rule;
import org.worktime.core.testing.CatalogCheck;

/** The pack's catalog is whole in every language, and its rules and findings are said from it. */
class MessagesTest {

    private final JapanesePack pack = new JapanesePack();

    @Test
    void theJpCatalogIsCompleteInEveryLanguage() {
        assertThat(CatalogCheck.problems("jp")).isEmpty();
    }

    @Test
    void everyRuleHasItsTitleAndSummaryInTheCatalogInJapanese() {
        assertThat(pack.rules()).hasSize(27);
        for (Rule rule : pack.rules()) {
            String id = rule.info().id();
            assertThat(Catalog.contains("jp.rule." + id + ".title")).as(id + " title").isTrue();
            assertThat(Catalog.contains("jp.rule." + id + ".summary")).as(id + " summary").isTrue();
            assertThat(rule.info().title().in(Language.JA)).as(id).isNotBlank().isNotEqualTo(rule.info().title().in(Language.EN));
            assertThat(rule.info().summary().in(Language.JA)).as(id).isNotBlank().isNotEqualTo(rule.info().summary().in(Language.EN));
        }
    }

    @Test
    void aRuleIsTitledInEachLanguage() {
        var daily = new org.worktime.jp.rules.DailyHoursRule().info();
        assertThat(daily.title().in(Language.EN)).isEqualTo("Daily hours beyond 8 without an Art. 36 agreement");
        assertThat(daily.title().in(Language.KO)).isEqualTo("36협정 없는 1일 8시간 초과 (일본 노동기준법)");
        assertThat(daily.title().in(Language.JA)).isEqualTo("36協定のない1日8時間超の労働");
    }
}
