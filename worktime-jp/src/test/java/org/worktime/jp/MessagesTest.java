package org.worktime.jp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.domain.Wage;
import org.worktime.core.exempt.Evidence;
import org.worktime.core.finding.Finding;
import org.worktime.core.i18n.Catalog;
import org.worktime.core.i18n.Language;
import org.worktime.core.i18n.MessageStructure;
import org.worktime.core.rule.Rule;
import org.worktime.core.testing.CatalogCheck;
import org.worktime.core.testing.RuleVerifier;
import org.worktime.core.testing.Scenario;
import org.worktime.jp.rules.DailyHoursRule;
import org.worktime.jp.rules.HighlyProfessionalSystemTest;
import org.worktime.jp.rules.HolidayWorkRule;

/** The pack's catalog is whole in every language, and its rules and findings are said from it. */
class MessagesTest {

    private static final JapanesePack PACK = new JapanesePack();
    private static final RuleVerifier VERIFIER = RuleVerifier.of(PACK);

    @Test
    void theJpCatalogIsCompleteInEveryLanguage() {
        assertThat(CatalogCheck.problems("jp")).isEmpty();
    }

    @Test
    void theJpSourcesSayEverythingFromTheCatalog() throws Exception {
        assertThat(CatalogCheck.sourceProblems(Path.of("src/main/java"))).isEmpty();
    }

    @Test
    void everyRuleHasItsTitleAndSummaryInTheCatalogInJapanese() {
        assertThat(PACK.rules()).hasSize(27);
        for (Rule rule : PACK.rules()) {
            String id = rule.info().id();
            assertThat(Catalog.contains("jp.rule." + id + ".title")).as(id + " title").isTrue();
            assertThat(Catalog.contains("jp.rule." + id + ".summary")).as(id + " summary").isTrue();
            assertThat(rule.info().title().in(Language.JA)).as(id).isNotBlank().isNotEqualTo(rule.info().title().in(Language.EN));
            assertThat(rule.info().summary().in(Language.JA)).as(id).isNotBlank().isNotEqualTo(rule.info().summary().in(Language.EN));
            assertThat(rule.info().summary().in(Language.KO)).as(id).isNotBlank().isNotEqualTo(rule.info().summary().in(Language.EN));
        }
    }

    @Test
    void aRuleIsTitledInEachLanguage() {
        var daily = new DailyHoursRule().info();
        assertThat(daily.title().in(Language.EN)).isEqualTo("Daily hours beyond 8 without an Art. 36 agreement");
        assertThat(daily.title().in(Language.KO)).isEqualTo("36협정 없는 1일 8시간 초과 (일본 노동기준법)");
        assertThat(daily.title().in(Language.JA)).isEqualTo("36協定のない1日8時間超の労働");
    }

    /** Ten hours on a Tuesday without an Art. 36 agreement: the finding, its penalty and its message as data. */
    @Test
    void aDailyHoursFindingIsSaidInJapanese() {
        Finding f = VERIFIER.verifyThat(DailyHoursRule.class)
                .given(workplace().employee("E1", e -> e.hourly("JPY", BigDecimal.valueOf(2000)))
                        .shift("E1", "2026-03-10T09:00", "2026-03-10T20:00", "12:00-13:00"))
                .between("2026-03-09", "2026-03-15")
                .violatesOnce().finding();
        assertThat(f.message().in(Language.EN))
                .isEqualTo("Worked 10:00 h counted to 2026-03-10; 2:00 h beyond the day's limit with no Art. 36 agreement on file.");
        assertThat(f.message().in(Language.KO)).isEqualTo("2026-03-10에 10:00시간 근로; 36협정 없이 1일 한도를 2:00시간 초과했습니다.");
        assertThat(f.message().in(Language.JA))
                .isEqualTo("2026-03-10の労働時間は10:00で、36協定の届出がないまま1日の法定労働時間を2:00超えています。");
        assertThat(f.penalty().summary().in(Language.JA)).isEqualTo("6か月以下の拘禁刑または30万円以下の罰金");
        assertThat(f.penalty().summary().in(Language.KO)).isEqualTo("6개월 이하의 구금형(拘禁刑) 또는 30만 엔 이하의 벌금");
        assertThat(MessageStructure.of(f.message())).hasToString(
                "{id=jp.daily-hours.violation, args={worked={minutes=600}, date=2026-03-10, beyond={minutes=120}}}");
    }

    @Test
    void aHolidayWorkFindingNamesWhyInJapanese() {
        Finding f = VERIFIER.verifyThat(HolidayWorkRule.class)
                .given(workplace().employee("E1", e -> e.hourly("JPY", BigDecimal.valueOf(2000)))
                        .shift("E1", "2026-03-15T09:00", "2026-03-15T14:00"))
                .between("2026-03-09", "2026-03-15")
                .violatesOnce().finding();
        assertThat(f.message().in(Language.JA))
                .isEqualTo("法定休日2026-03-15に5:00の労働がありますが、36協定が届け出られていません。");
        assertThat(f.title().in(Language.JA)).isEqualTo("36協定のない法定休日労働");
    }

    /** A consultant paid JPY 1,000,000 a month under a resolution from 2026-04-01: the wage and the vote, in Japanese. */
    @Test
    void theExemptionEvidenceIsSaidInJapanese() {
        Scenario s = Scenario.in("JP", "Asia/Tokyo").headcount(50).weeklyHoliday(DayOfWeek.SUNDAY, DayOfWeek.SATURDAY)
                .agreementRecord(new Agreement(HighlyProfessionalSystemTest.RESOLUTION,
                        LocalDateRange.ofClosed(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)), Set.of(),
                        Map.of("selectiveMeasure", "interval", "membersFor", "4", "members", "5")))
                .employee("E1", e -> e.wage(new Wage.Monthly(Money.of(CurrencyUnit.JPY, BigDecimal.valueOf(1_000_000)), BigDecimal.valueOf(160)))
                        .attribute(HighlyProfessionalSystemTest.JOB_TYPE, "consulting"))
                .attest("E1", HighlyProfessionalSystemTest.CONSENT, "2026-04-01", null)
                .shift("E1", "2026-04-01T09:00", "2026-04-01T18:00", "12:00-13:00");
        List<Evidence> evidence = VERIFIER.verifyThat(HighlyProfessionalSystemTest.class).given(s).decides("E1", "2026-04-01")
                .eligibility().evidence();
        Evidence wage = evidence.stream().filter(e -> e.key().equals("annual-wage")).findFirst().orElseThrow();
        assertThat(wage.observed().in(Language.JA)).isEqualTo("2026-04-01からの1年間に支払われることが確実な賃金12,000,000 JPY");
        assertThat(wage.threshold().in(Language.JA)).isEqualTo("年10,750,000 JPY（2019-04-01から）");
        Evidence resolution = evidence.stream().filter(e -> e.key().equals("resolution")).findFirst().orElseThrow();
        assertThat(resolution.observed().in(Language.JA)).isEqualTo("決議の有効期間 2026-04-01～2027-03-31、選択的措置 interval");
        assertThat(resolution.threshold().in(Language.JA)).isEqualTo("委員の0.8以上の多数による議決");
        assertThat(wage.observed().in(Language.EN)).isEqualTo("12,000,000 JPY certain in the year from 2026-04-01");
    }

    @Test
    void payKindsAreLabelledInEachLanguage() {
        assertThat(PACK.payKindLabel("OVERTIME_OVER_60H").in(Language.EN)).isEqualTo("Overtime beyond 60 h a month (150%)");
        assertThat(PACK.payKindLabel("OVERTIME_OVER_60H").in(Language.KO)).isEqualTo("월 60시간 초과 시간외근로 (150%)");
        assertThat(PACK.payKindLabel("OVERTIME_OVER_60H").in(Language.JA)).isEqualTo("月60時間を超える時間外労働 (150%)");
        assertThat(PACK.payKindLabel("SOMETHING_ELSE").in(Language.JA)).isEqualTo("SOMETHING_ELSE");
    }

    private static Scenario workplace() {
        return Scenario.in("JP", "Asia/Tokyo").headcount(50).weeklyHoliday(DayOfWeek.SUNDAY, DayOfWeek.SATURDAY);
    }
}
