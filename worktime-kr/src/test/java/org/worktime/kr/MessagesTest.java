package org.worktime.kr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.exempt.Evidence;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Catalog;
import org.worktime.core.i18n.Language;
import org.worktime.core.param.Parameter;
import org.worktime.core.param.ParameterTable;
import org.worktime.core.rule.Rule;
import org.worktime.core.rule.RuleInfo;
import org.worktime.core.testing.CatalogCheck;
import org.worktime.core.testing.RuleVerifier;
import org.worktime.core.testing.Scenario;
import org.worktime.core.watch.Headroom;
import org.worktime.core.watch.Watch;
import org.worktime.kr.rules.ExtendedWorkCapRule;
import org.worktime.kr.rules.SpecialExtendedWorkExemption;
import org.worktime.kr.rules.WeeklyHolidayRule;

/** The kr pack says everything from its catalog, in English, Korean and Japanese. */
class MessagesTest {

    private static final KoreanPack PACK = new KoreanPack();
    private static final RuleVerifier VERIFIER = RuleVerifier.of(PACK);

    @Test
    void theCatalogIsCompleteInEveryLanguage() {
        assertThat(CatalogCheck.problems("kr")).isEmpty();
    }

    @Test
    void theSourcesSayEverythingFromTheCatalog() throws Exception {
        assertThat(CatalogCheck.sourceProblems(Path.of("src/main/java"))).isEmpty();
    }

    @Test
    void everyRuleHasItsTitleAndSummaryInJapanese() {
        List<Rule> rules = Stream.of(PACK.limitRules(), PACK.payRules(), PACK.exemptionTests())
                .flatMap(List::stream).map(Rule.class::cast).toList();
        assertThat(rules).hasSize(33);
        for (Rule rule : rules) {
            RuleInfo info = rule.info();
            assertThat(info.title().id()).isEqualTo("kr.rule." + info.id() + ".title");
            assertThat(info.summary().id()).isEqualTo("kr.rule." + info.id() + ".summary");
            assertThat(info.title().in(Language.JA)).as(info.id()).isNotBlank().isNotEqualTo(info.title().in(Language.EN));
            assertThat(info.summary().in(Language.JA)).as(info.id()).isNotBlank().isNotEqualTo(info.summary().in(Language.EN));
            assertThat(info.summary().in(Language.KO)).as(info.id()).isNotEqualTo(info.summary().in(Language.EN));
        }
        RuleInfo cap = new ExtendedWorkCapRule().info();
        assertThat(cap.title().in(Language.EN)).isEqualTo("Extended work beyond 12 hours a week");
        assertThat(cap.title().in(Language.KO)).isEqualTo("주 12시간 연장근로 한도 초과");
        assertThat(cap.title().in(Language.JA)).isEqualTo("週12時間を超える延長労働");
    }

    @Test
    void aFiftyFiveHourWeekIsReportedInEachLanguage() {
        Finding finding = VERIFIER.verifyThat(ExtendedWorkCapRule.class)
                .given(Scenario.in("KR", "Asia/Seoul").headcount(50).agreement("KR-LSA-53-1")
                        .employee("E1", e -> e.monthly(4_000_000, 209))
                        .dailyShifts("E1", "2026-03-09", 5, "09:00", "21:00", "12:00-13:00"))
                .between("2026-03-09", "2026-03-15")
                .violatesOnce().finding();
        assertThat(finding.message().in(Language.EN)).isEqualTo("15:00 h of extended work in the week from 2026-03-09 (weekly total"
                + " 55:00 h minus 40, the Supreme Court's reading (2020Do15393), holidays included), beyond the cap of 12:00 h.");
        assertThat(finding.message().in(Language.KO)).isEqualTo("2026-03-09 주 연장근로 15:00시간 (주간 총 55:00시간 - 40시간,"
                + " 대법원 2020도15393 해석, 휴일 포함), 한도 12:00시간 초과.");
        assertThat(finding.message().in(Language.JA)).isEqualTo("2026-03-09からの週の延長労働は15:00時間（週の総労働時間55:00時間から"
                + "40時間を差し引いた時間、韓国大法院2020ド15393判決の解釈、休日を含む）で、上限12:00時間を超えています。");
        assertThat(finding.title().in(Language.JA)).isEqualTo("週12時間を超える延長労働");
        assertThat(finding.penalty().summary().in(Language.JA)).isEqualTo("2年以下の懲役または2,000万ウォン以下の罰金");
        assertThat(finding.penalty().summary().in(Language.EN)).isEqualTo("imprisonment up to 2 years or a fine up to KRW 20,000,000");
    }

    @Test
    void aWeekWithoutRestIsReportedInJapanese() {
        Finding finding = VERIFIER.verifyThat(WeeklyHolidayRule.class)
                .given(Scenario.in("KR", "Asia/Seoul").headcount(50).employee("E1", e -> e.hourly(12_000))
                        .dailyShifts("E1", "2026-03-09", 7, "09:00", "13:00"))
                .between("2026-03-09", "2026-03-15")
                .violatesOnce().finding();
        assertThat(finding.message().in(Language.JA)).isEqualTo("2026-03-09からの週は7日すべて労働しており、週休日が与えられていません。");
        assertThat(finding.message().in(Language.KO)).isEqualTo("2026-03-09 주 7일 모두 근로: 주휴일이 부여되지 않았습니다.");
    }

    @Test
    void theHeadroomSaysWhyInJapanese() {
        // Recorded Monday to Wednesday 10 h a day, Thursday planned 10 h, under an extended-work agreement: 52 h a week.
        Scenario scenario = Scenario.in("KR", "Asia/Seoul").headcount(50).agreement("KR-LSA-53-1")
                .employee("E1", e -> e.monthly(4_000_000, 209))
                .dailyShifts("E1", "2026-03-09", 3, "09:00", "20:00", "12:00-13:00")
                .plannedShift("E1", "2026-03-12T09:00", "2026-03-12T20:00", "12:00-13:00");
        Instant asOf = LocalDateTime.parse("2026-03-12T09:00").atZone(ZoneId.of("Asia/Seoul")).toInstant();
        Headroom h = Watch.of(PACK).run(scenario.dataset(), asOf, 4 * 3600).employees().get(0).headroom();
        assertThat(h.reason().in(Language.EN)).isEqualTo("52:00 h a week (40:00 h + 12:00 h of extended work under the Art. 53"
                + " agreement), no daily cap.");
        assertThat(h.reason().in(Language.KO)).isEqualTo("주 52:00시간 (40:00시간 + 제53조 합의 연장근로 12:00시간), 1일 한도 없음.");
        assertThat(h.reason().in(Language.JA)).isEqualTo("週52:00時間（40:00時間 + 第53条の合意による延長労働12:00時間）、1日の上限はありません。");
    }

    @Test
    void theExemptionEvidenceIsWrittenInJapanese() {
        Scenario lab = Scenario.in("KR", "Asia/Seoul").headcount(50)
                .agreementRecord(new Agreement("KR-LSA-53-4", LocalDateRange.ofClosed(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 10, 31)),
                        Set.of("C1"), Map.of("ground", "SEMICONDUCTOR_RND", "approvedOn", "2025-04-28")))
                .employee("C1", e -> e.monthly(7_000_000, 209))
                .attest("C1", "kr.53-4.consent", "2025-04-20", "2025-10-31");
        List<Evidence> evidence = VERIFIER.verifyThat(SpecialExtendedWorkExemption.class).given(lab).decides("C1", "2025-06-15")
                .isExempt().eligibility().evidence();
        assertThat(evidence.get(0).observed().in(Language.JA))
                .isEqualTo("SEMICONDUCTOR_RND、有効期間 2025-05-01～2025-10-31、週の上限 64時間");
        assertThat(evidence.get(0).threshold().in(Language.JA)).isEqualTo("KR-LSA-53-4（事由 RND または SEMICONDUCTOR_RND）");
        assertThat(evidence.get(1).observed().in(Language.JA)).isEqualTo("2025-04-28に認可");
        assertThat(evidence.get(1).threshold().in(Language.JA)).isEqualTo("2025-06-15以前の認可、または緊急の場合の事後承認");
        assertThat(evidence.get(0).observed().in(Language.EN))
                .isEqualTo("SEMICONDUCTOR_RND, in force 2025-05-01 to 2025-10-31; weekly limit 64 h");
    }

    @Test
    void payKindsAreNamedInEachLanguage() {
        assertThat(PACK.payKindLabel("HOLIDAY_OVER_8H").in(Language.JA)).isEqualTo("休日労働（8時間超）");
        assertThat(PACK.payKindLabel("WEEKLY_HOLIDAY_ALLOWANCE").in(Language.KO)).isEqualTo("주휴수당");
        assertThat(PACK.payKindLabel("SOMETHING_ELSE").in(Language.JA)).isEqualTo("SOMETHING_ELSE");
    }

    /**
     * The catalog holds every bundled penalty row's words as {@code <key>.<first day>}, identical to the row's English
     * and Korean (KoreanPenalties falls back to the row's own words otherwise, and Japanese would be lost).
     */
    @Test
    void everyBundledPenaltyRowHasItsWordsInTheCatalog() {
        ParameterTable table = PACK.parameters();
        List<String> problems = new ArrayList<>();
        for (String key : table.keys()) {
            if (!key.startsWith("kr.penalty.") || key.endsWith(".ko")) {
                continue;
            }
            for (Parameter row : table.history(key)) {
                String id = key + "." + row.effective().getStart();
                if (!Catalog.contains(id)) {
                    problems.add(id + " is not in the catalog");
                    continue;
                }
                String ko = table.history(key + ".ko").stream().filter(k -> k.effective().getStart().equals(row.effective().getStart()))
                        .map(Parameter::text).findFirst().orElse(row.text());
                if (!Text.of(id).in(Language.EN).equals(row.text()) || !Text.of(id).in(Language.KO).equals(ko)) {
                    problems.add(id + " differs from its rows");
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
