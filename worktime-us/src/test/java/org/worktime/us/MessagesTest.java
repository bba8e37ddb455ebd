package org.worktime.us;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.worktime.core.finding.Finding;
import org.worktime.core.i18n.Catalog;
import org.worktime.core.i18n.Language;
import org.worktime.core.rule.RuleInfo;
import org.worktime.core.testing.CatalogCheck;
import org.worktime.core.testing.RuleVerifier;
import org.worktime.core.testing.Scenario;
import org.worktime.us.rules.FederalMinimumWageRule;

/** The US pack says everything from its catalog, in English, Korean and Japanese. */
class MessagesTest {

    private static final UnitedStatesPack PACK = new UnitedStatesPack();

    @Test
    void theCatalogIsCompleteInEveryLanguage() {
        assertThat(CatalogCheck.problems("us")).isEmpty();
    }

    @Test
    void theSourcesSayEverythingFromTheCatalog() throws Exception {
        assertThat(CatalogCheck.sourceProblems(Path.of("src/main/java"))).isEmpty();
    }

    @Test
    void everyRuleHasItsTitleAndSummaryInJapanese() {
        List<RuleInfo> infos = new ArrayList<>();
        PACK.limitRules().forEach(r -> infos.add(r.info()));
        PACK.payRules().forEach(r -> infos.add(r.info()));
        PACK.exemptionTests().forEach(t -> infos.add(t.info()));
        assertThat(infos).hasSize(21);
        for (RuleInfo info : infos) {
            assertThat(info.title().id()).isEqualTo("us.rule." + info.id() + ".title");
            assertThat(info.summary().id()).isEqualTo("us.rule." + info.id() + ".summary");
            // Written in Japanese, not the English fallen through: kana or kanji in every title and summary.
            assertThat(info.title().in(Language.JA)).as(info.id()).containsPattern("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
            assertThat(info.summary().in(Language.JA)).as(info.id()).containsPattern("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
            assertThat(info.title().in(Language.KO)).as(info.id()).containsPattern("\\p{IsHangul}");
            assertThat(info.summary().in(Language.KO)).as(info.id()).containsPattern("\\p{IsHangul}");
        }
        assertThat(RuleInfo.of(FederalMinimumWageRule.class).title().in(Language.JA)).isEqualTo("連邦最低賃金を下回る賃金");
    }

    /** USD 6.00 an hour for forty hours in 2025: the finding, its penalty and its title as a Japanese reader gets them. */
    @Test
    void aMinimumWageFindingInJapanese() {
        Scenario s = Scenario.in("US", "America/Los_Angeles").weekStart(DayOfWeek.SUNDAY, "00:00").attribute("us.state", "TX")
                .employee("E1", e -> e.hourly("USD", new BigDecimal("6.00"))).dailyShifts("E1", "2025-03-03", 5, "08:00", "16:00");
        Finding f = RuleVerifier.of(PACK).verifyThat(FederalMinimumWageRule.class).given(s).between("2025-03-02", "2025-03-08")
                .violatesOnce().finding();
        assertThat(f.message().in(Language.JA)).isEqualTo("2025-03-02から始まる週の40:00時間に対する通常賃金240.00 USDは1時間当たり6.00 USDで、"
                + "連邦最低賃金7.25 USDを下回っています: 50.00 USDが未払いです。");
        assertThat(f.message().in(Language.EN)).isEqualTo("Straight-time pay of 240.00 USD for 40:00 h in the workweek from 2025-03-02 is"
                + " 6.00 USD an hour, below the federal minimum wage of 7.25 USD: 50.00 USD owed.");
        assertThat(f.message().in(Language.KO)).isEqualTo("2025-03-02 시작 주 40:00 h 근무의 임금 240.00 USD은(는) 시간당 6.00 USD로"
                + " 연방 최저임금 7.25 USD에 미달: 50.00 USD 미지급.");
        assertThat(f.penalty().summary().in(Language.JA)).isEqualTo("未払いの場合: 未払賃金50.00 USDと同額の付加賠償金50.00 USD(29 USC 216(b))、"
                + "反復または故意の違反の場合は違反1件につき最大2,515.00 USDの民事制裁金(29 CFR 578.3(a)、2025-01-15施行。記録上の最新の金額。"
                + "制裁金は賦課時点で施行中の額です(--as-of を指定してください))。請求権の消滅時効は2年(故意の場合は3年)です(29 USC 255(a))。");
        assertThat(f.penalty().note().in(Language.JA)).isEqualTo("故意の違反: 10,000 USD以下の罰金。前に有罪判決を受けている場合に限り6か月以下の拘禁刑(29 USC 216(a))。");
    }

    @Test
    void payKindsAreNamedInEachLanguage() {
        assertThat(PACK.payKindLabel("CA_DAILY_OVERTIME_BONUS").in(Language.JA)).isEqualTo("カリフォルニア州 1日単位の時間外割増賃金(複数週にわたる賞与分)");
        assertThat(PACK.payKindLabel("CA_DAILY_OVERTIME_BONUS").in(Language.EN)).isEqualTo("California daily overtime on a multi-week bonus");
        assertThat(PACK.payKindLabel("OVERTIME").in(Language.KO)).isEqualTo("초과근무 (FLSA)");
        assertThat(PACK.payKindLabel("SOMETHING_ELSE").in(Language.JA)).isEqualTo("SOMETHING_ELSE");
        assertThat(Catalog.contains("us.pay-kind.ca-unscheduled-day")).isTrue();
    }
}
