package org.worktime.us;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.exempt.Evidence;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Severity;
import org.worktime.core.i18n.Catalog;
import org.worktime.core.i18n.Language;
import org.worktime.core.rule.RuleInfo;
import org.worktime.core.testing.CatalogCheck;
import org.worktime.core.testing.RuleVerifier;
import org.worktime.core.testing.Scenario;
import org.worktime.us.exempt.ExecutiveExemption;
import org.worktime.us.rules.AlternativeWorkweekRule;
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
        assertThat(f.message().in(Language.JA)).isEqualTo("2025-03-02から始まる週の労働時間40:00に対する通常賃金240.00 USDは1時間当たり6.00 USDで、"
                + "連邦最低賃金7.25 USDを下回っています: 50.00 USDが未払いです。");
        assertThat(f.message().in(Language.EN)).isEqualTo("Straight-time pay of 240.00 USD for 40:00 h in the workweek from 2025-03-02 is"
                + " 6.00 USD an hour, below the federal minimum wage of 7.25 USD: 50.00 USD owed.");
        assertThat(f.message().in(Language.KO)).isEqualTo("2025-03-02 시작 주 40:00 h 근무의 임금 240.00 USD은(는) 시간당 6.00 USD로"
                + " 연방 최저임금 7.25 USD에 미달: 50.00 USD 미지급.");
        assertThat(f.penalty().summary().in(Language.JA)).isEqualTo("未払いの場合: 未払賃金50.00 USDと同額の付加賠償金50.00 USD(29 U.S.C. § 216(b))、"
                + "反復または故意の違反の場合は違反1件につき最大2,515.00 USDの民事制裁金(29 C.F.R. § 578.3(a)、2025-01-15施行。記録上の最新の金額。"
                + "制裁金は賦課時点で施行中の額です(--as-of を指定してください))。請求権の消滅時効は2年(故意の場合は3年)です(29 U.S.C. § 255(a))。");
        assertThat(f.penalty().note().in(Language.JA)).isEqualTo("故意の違反: 10,000 USD以下の罰金。前に有罪判決を受けている場合に限り6か月以下の拘禁刑(29 U.S.C. § 216(a))。");
    }

    /** A schedule of 11-hour days voted by half the unit: each failed condition its own sentence in Japanese. */
    @Test
    void anInvalidAlternativeWorkweekInJapanese() {
        Map<String, String> terms = Map.of("schedule", "MON 11h", "voteDate", "2026-02-02", "voteShare", "10/20",
                "disclosureDate", "2026-01-15", "reportDate", "2026-02-20");
        Scenario s = Scenario.in("US", "America/Los_Angeles").weekStart(DayOfWeek.SUNDAY, "00:00").attribute("us.state", "CA")
                .agreementRecord(new Agreement("US-CA-LC-511", LocalDateRange.of(LocalDate.of(2026, 3, 2), LocalDate.MAX), Set.of(), terms))
                .employee("E1", e -> e.hourly("USD", new BigDecimal("20"))).dailyShifts("E1", "2026-03-16", 1, "07:00", "18:00");
        Finding f = RuleVerifier.of(PACK).verifyThat(AlternativeWorkweekRule.class).given(s).between("2026-03-15", "2026-03-21")
                .single(Severity.WARNING).finding();
        assertThat(f.message().in(Language.JA)).isEqualTo("代替週労働時間制「MON 11h」は無効です: 月曜日の予定11時間が、カリフォルニア州労働法典第511条(a)が"
                + "認める1日10時間を超えています。2026-02-02の投票の賛成は10/20で、カリフォルニア州労働法典第511条(a)が求める作業単位の2/3に"
                + "達していません。その時間は通常の1日8時間制により支払います(カリフォルニア州労働法典第510条)。");
        assertThat(f.message().in(Language.EN)).isEqualTo("The alternative workweek schedule 'MON 11h' is not valid: the schedule gives MONDAY 11 h,"
                + " over the 10 h a day Labor Code 511(a) allows; the vote of 2026-02-02 approved it by 10/20, less than the 2/3 of the work"
                + " unit Labor Code 511(a) requires. Its hours are paid under the ordinary 8-hour day (Labor Code 510).");
    }

    /** A manager paid USD 1,000 a week, the duties attested: the salary level and the attestation, in Japanese. */
    @Test
    void theExemptionEvidenceInJapanese() {
        Scenario s = Scenario.in("US", "America/New_York").weekStart(DayOfWeek.SUNDAY).attribute("us.state", "NY")
                .employee("M", e -> e.salaried("USD", "1000", "WEEK", "40"))
                .attest("M", ExecutiveExemption.DUTIES, "2019-01-01", null);
        List<Evidence> evidence = RuleVerifier.of(PACK).verifyThat(ExecutiveExemption.class).given(s).decides("M", "2026-03-02").isExempt()
                .eligibility().evidence();
        assertThat(evidence.get(0).observed().in(Language.JA)).isEqualTo("週給1,000.00 USD(週1,000.00 USD)");
        assertThat(evidence.get(0).threshold().in(Language.JA)).isEqualTo("541.602(b)が認める場合にのみ減額される、あらかじめ定められた給与");
        assertThat(evidence.get(1).observed().in(Language.JA)).isEqualTo("週1,000.00 USD");
        assertThat(evidence.get(1).threshold().in(Language.JA)).isEqualTo("週684.00 USD(541.600(a)、2020-01-01施行)。"
                + "2024年規則の1,128.00 USD(2025-01-01から適用予定)は2024-11-15に無効とされ、施行中の水準ではない");
        assertThat(evidence.get(2).observed().in(Language.JA)).isEqualTo("2019-01-01にTest HRが証明");
        assertThat(evidence.get(2).threshold().in(Language.JA)).isEqualTo("責任者による証明");
        assertThat(evidence.get(1).threshold().in(Language.EN)).isEqualTo("684.00 USD a week (541.600(a), in force from 2020-01-01);"
                + " the 2024 rule's 1,128.00 USD (announced from 2025-01-01) was vacated on 2024-11-15 and is not the level in force");
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
