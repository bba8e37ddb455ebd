package org.worktime.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threeten.extra.Interval;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Shift;
import org.worktime.core.finding.Text;

/**
 * The planner on a three-person fixture, with answers worked out by hand: a week of Monday to Friday at 10 h is the
 * only way to reach 100 h for two people when Saturdays stay free; the 52-hour week caps two weeks at 208 h.
 */
class PlannerTest {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @TempDir
    Path dir;

    PlanResult plan(String body) throws Exception {
        Dataset dataset = TeamFixture.read(TeamFixture.write(dir));
        Project project = ProjectFileReader.read(TeamFixture.project(dir, body), dataset);
        return Planner.plan(dataset, project, new PlanSettings(7, 400, null));
    }

    @Test
    void theOnlyWayToReachTheWorkIsPlannedWithItsBreaksPremiumAndPaperwork() throws Exception {
        PlanResult r = plan("""
                id: week
                window: {from: 2026-03-09, to: 2026-03-15}
                plannedOn: 2026-03-02
                team: {where: {jobFamily: research}}
                work: {total: 100h}
                preferences: {longestDay: 10h, freeDays: [SATURDAY]}
                options: [kr-ordinary]
                """);
        assertThat(r.team()).extracting(e -> e.id()).containsExactly("A", "B");
        OptionPlan o = r.options().get(0);
        assertThat(o.fits()).isTrue();
        assertThat(o.plannedSeconds()).isEqualTo(100 * 3600);
        assertThat(o.hoursByEmployee()).isEqualTo(Map.of("A", 50L * 3600, "B", 50L * 3600));
        assertThat(o.shifts()).hasSize(10);
        // 10 h of work need the 1-hour break of Art. 54(1), placed after 5 h: 09:00-20:00 with 14:00-15:00 off.
        Shift first = o.shifts().stream().filter(s -> s.employeeId().equals("A")).findFirst().orElseThrow();
        assertThat(LocalDateTime.ofInstant(first.start(), SEOUL)).isEqualTo(LocalDateTime.of(2026, 3, 9, 9, 0));
        assertThat(LocalDateTime.ofInstant(first.end(), SEOUL)).isEqualTo(LocalDateTime.of(2026, 3, 9, 20, 0));
        assertThat(first.breaks()).containsExactly(Interval.of(LocalDateTime.of(2026, 3, 9, 14, 0).atZone(SEOUL).toInstant(),
                LocalDateTime.of(2026, 3, 9, 15, 0).atZone(SEOUL).toInstant()));
        assertThat(first.origin()).isEqualTo(Shift.Origin.PLANNED);
        assertThat(first.notifiedOn()).hasToString("2026-03-02");
        // 2 h a day beyond 8 h, five days, two people, paid at 150 % of 3,000,000 / 209 = KRW 14,354.07 an hour (Art. 56(1)):
        // KRW 43,062 a day (43,062.2 rounded to the won), ten days.
        assertThat(o.premium()).isEqualTo(Map.of(CurrencyUnit.of("KRW"), Money.ofMajor(CurrencyUnit.of("KRW"), 430_620)));
        assertThat(o.violationsLeft()).isEmpty();
        assertThat(o.paperwork()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo("KR-LSA-53-1");
            assertThat(w.onFile()).isFalse();
            assertThat(w.deadline()).hasToString("2026-03-08");
        });
        assertThat(o.agreements()).singleElement().satisfies(a -> assertThat(a.kind()).isEqualTo("KR-LSA-53-1"));
        assertThat(o.restAfter()).extracting(Text::en)
                .containsExactly("the premium is owed in money; with a written Art. 57 agreement, 30:00 h of compensatory leave could replace it");
    }

    @Test
    void workBeyondTheFiftyTwoHourWeekDoesNotFitAndTheShortfallSaysWhatWouldCloseIt() throws Exception {
        PlanResult r = plan("""
                id: two-weeks
                window: {from: 2026-03-09, to: 2026-03-22}
                plannedOn: 2026-03-02
                team: {ids: [A, B]}
                work: {total: 250h}
                preferences: {longestDay: 10h}
                options: [kr-ordinary]
                """);
        OptionPlan o = r.options().get(0);
        assertThat(o.fits()).isFalse();
        // Monday to Saturday at up to 10 h, 52 h a week (Arts 50 and 53(1)): 2 people x 2 weeks x 52 h.
        assertThat(o.plannedSeconds()).isEqualTo(208 * 3600);
        assertThat(o.hoursByEmployee()).isEqualTo(Map.of("A", 104L * 3600, "B", 104L * 3600));
        assertThat(o.violationsLeft()).isEmpty();
        assertThat(o.shortfall()).extracting(Text::en).containsExactly("42:00 h short of the 250:00 h asked for",
                "1 more people working as this plan's average member does (104:00 h)",
                "1 more weeks at this plan's pace (104:00 h a week for the team)");
    }

    @Test
    void underUsFederalLawTheSameTeamHasNoCapAndTimeAndAHalfBeyondFortyHours() throws Exception {
        PlanResult r = plan("""
                id: us
                window: {from: 2026-03-09, to: 2026-03-22}
                plannedOn: 2026-03-02
                team: {ids: [A, B]}
                work: {total: 280h}
                preferences: {longestDay: 10h}
                options: [kr-ordinary, us-flsa-nonexempt]
                """);
        OptionPlan korea = r.options().get(0);
        OptionPlan us = r.options().get(1);
        assertThat(korea.fits()).isFalse();
        assertThat(korea.plannedSeconds()).isEqualTo(208 * 3600);
        // No federal cap on an adult's hours: every day of both weeks at the longest day wanted, 2 x 2 x 7 x 10 h.
        assertThat(us.fits()).isTrue();
        assertThat(us.plannedSeconds()).isEqualTo(280 * 3600);
        assertThat(us.shifts()).hasSize(28);
        assertThat(us.violationsLeft()).isEmpty();
        assertThat(us.paperwork()).isEmpty();
        assertThat(us.restAfter()).isEmpty();
        assertThat(us.payLines()).extracting(l -> l.ruleId()).containsOnly("US-FLSA-7A");
        assertThat(us.payLines().stream().mapToLong(l -> l.seconds()).sum()).as("30 h beyond 40 h in each of 4 workweeks").isEqualTo(120 * 3600);
        assertThat(us.premium()).isEqualTo(Map.of(CurrencyUnit.of("KRW"), Money.ofMajor(CurrencyUnit.of("KRW"), US_PREMIUM)));
    }

    @Test
    void underJapaneseLawTheArt36AgreementsLimitsAreTheJpPacksAndTheSpecialClauseAllowsMore() throws Exception {
        PlanResult r = plan("""
                id: jp
                window: {from: 2026-03-09, to: 2026-03-22}
                plannedOn: 2026-03-02
                team: {ids: [A, B]}
                work: {total: 400h}
                preferences: {longestDay: 12h}
                options: [jp-art36, jp-art36-special]
                """);
        OptionPlan ordinary = r.options().get(0);
        OptionPlan special = r.options().get(1);
        // Ordinary limits: 80 h of statutory hours and 45 h of overtime each in the agreement's first month (JP-LSA-36-4 is
        // the engine's rule: it removed the hours beyond). All overtime is paid at 1.25 (Art. 37(1)): 90 h x KRW 17,942.59.
        assertThat(ordinary.fits()).isFalse();
        assertThat(ordinary.hoursByEmployee()).isEqualTo(Map.of("A", 125 * 3600L, "B", 125 * 3600L));
        assertThat(ordinary.violationsLeft()).isEmpty();
        assertThat(ordinary.payLines()).extracting(l -> l.ruleId()).containsOnly("JP-LSA-37-1");
        assertThat(ordinary.premium()).isEqualTo(Map.of(CurrencyUnit.of("KRW"), Money.ofMajor(CurrencyUnit.of("KRW"), 1_614_826)));
        assertThat(ordinary.paperwork()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("JP-LSA-36");
            assertThat(p.onFile()).isFalse();
            assertThat(p.deadline()).isEqualTo(java.time.LocalDate.of(2026, 3, 8));
            assertThat(p.article().in(org.worktime.core.i18n.Language.JA)).isEqualTo("労働基準法第36条");
        });
        assertThat(ordinary.agreements()).singleElement().satisfies(a -> assertThat(a.terms()).containsEntry("specialClause", "false")
                .containsEntry("yearStart", "2026-03-09").containsEntry("filedOn", "2026-03-08"));
        // The special clause: the longest day wanted on every working day (Mon-Sat, 12 days of 12 h), 64 h of overtime
        // each, under 100 h; the 4 h beyond 60 h in the month at 1.5.
        assertThat(special.fits()).isFalse();
        assertThat(special.hoursByEmployee()).isEqualTo(Map.of("A", 144 * 3600L, "B", 144 * 3600L));
        assertThat(special.shifts()).hasSize(24);
        assertThat(special.violationsLeft()).isEmpty();
        assertThat(special.premium()).isEqualTo(Map.of(CurrencyUnit.of("KRW"), Money.ofMajor(CurrencyUnit.of("KRW"), 2_325_348)));
        assertThat(special.paperwork()).extracting(Paperwork::kind).containsExactly("JP-LSA-36", null);
        assertThat(special.paperwork().get(1).what().in(org.worktime.core.i18n.Language.JA))
                .isEqualTo("特別条項の健康確保措置、および時間外・休日労働が月80時間を超えた労働者への医師による面接指導");
    }

    static final String HPS = """
            id: hps
            window: {from: 2026-03-09, to: 2026-03-22}
            plannedOn: 2026-03-02
            team: {ids: [A, B]}
            work: {total: 400h}
            preferences: {longestDay: 12h}
            options: [jp-hps]
            exchangeRates:
              - {from: KRW, to: JPY, rate: 0.11, on: 2026-03-02, source: stated for the comparison}
            """;

    @Test
    void theHighlyProfessionalSystemIsNotFeasibleWhenThePayFallsShortOfTheJpPacksThreshold() throws Exception {
        OptionPlan hps = plan(HPS).options().get(0);
        assertThat(hps.option()).isEqualTo(PlanOption.JP_HPS);
        assertThat(hps.fits()).isFalse();
        assertThat(hps.shifts()).isEmpty();
        // The JP pack's HPS test judged the pay: KRW 3,000,000 x 12 at the stated 0.11 is JPY 3,960,000, under JPY 10.75 M.
        String each = "3,960,000 JPY (36,000,000 KRW at 1 KRW = 0.11 JPY (2026-03-02, stated for the comparison)) certain in the year"
                + " from 2026-03-09, required 10,750,000 JPY (from 2019-04-01)";
        assertThat(hps.notes()).singleElement().satisfies(n -> assertThat(n.in(org.worktime.core.i18n.Language.EN)).isEqualTo(
                "not available: the pay does not meet the Highly Professional System's annual wage condition (the JP pack's HPS test): A: "
                        + each + "; B: " + each));
    }

    @Test
    void underTheHighlyProfessionalSystemThereIsNoHourCapNorPremiumButTheDaysOffHold() throws Exception {
        Path folder = TeamFixture.write(dir);
        java.nio.file.Files.writeString(folder.resolve("employees.csv"), """
                id,name,birth_date,hire_date,wage_type,wage_amount,currency,monthly_hours,attr.jobFamily
                A,A,1990-01-01,2020-01-01,monthly,10000000,KRW,209,research
                B,B,1990-01-01,2020-01-01,monthly,10000000,KRW,209,research
                """);
        Dataset dataset = TeamFixture.read(folder);
        OptionPlan hps = Planner.plan(dataset, ProjectFileReader.read(TeamFixture.project(dir, HPS), dataset), new PlanSettings(7, 400, null))
                .options().get(0);
        // KRW 120 M a year at 0.11 is JPY 13.2 M: the system holds, and the engine caps nothing but the days off: the longest
        // day wanted on every working day the JP pack counts (Mon-Sat, 12 days of 12 h), Sundays free, no premium at all.
        assertThat(hps.fits()).isFalse();
        assertThat(hps.hoursByEmployee()).isEqualTo(Map.of("A", 144 * 3600L, "B", 144 * 3600L));
        assertThat(hps.shifts()).hasSize(24);
        assertThat(hps.premium()).isEmpty();
        assertThat(hps.violationsLeft()).isEmpty();
        assertThat(hps.payLines()).isEmpty();
        assertThat(hps.paperwork()).extracting(Paperwork::kind).containsExactly("JP-LSA-41-2", null, null, null);
        assertThat(hps.paperwork()).extracting(p -> p.what().in(org.worktime.core.i18n.Language.JA)).containsExactly(
                "高度プロフェッショナル制度に関する労使委員会の決議（委員の5分の4以上の多数）を労働基準監督署長に届け出る",
                "対象労働者ごとの書面による同意（撤回できる）",
                "労働契約に定める対象業務：A research-development、B research-development",
                "健康確保措置：健康管理時間の客観的な把握、年104日以上かつ4週間に4日以上の休日、勤務間インターバル11時間（決議で選択した措置）、"
                        + "健康管理時間が週40時間を超えた時間が月100時間を超えた場合の医師による面接指導");
        assertThat(hps.paperwork()).allSatisfy(p -> assertThat(p.deadline()).isEqualTo(java.time.LocalDate.of(2026, 3, 8)));
        assertThat(hps.agreements()).singleElement().satisfies(a -> assertThat(a.terms()).containsEntry("selectiveMeasure", "interval")
                .containsEntry("startDate", "2026-03-09"));
    }

    @Test
    void withoutAStatedRateNeitherExemptionIsJudgedAndTheOptionSaysWhichRateIsMissing() throws Exception {
        PlanResult r = plan("""
                id: no-rate
                window: {from: 2026-03-09, to: 2026-03-22}
                plannedOn: 2026-03-02
                team: {ids: [A]}
                work: {total: 100h}
                options: [us-flsa-exempt, jp-hps]
                """);
        assertThat(r.options()).allSatisfy(o -> assertThat(o.fits()).isFalse());
        assertThat(r.options().get(0).notes()).extracting(n -> n.in(org.worktime.core.i18n.Language.EN)).containsExactly(
                "not available: no stated exchange rate converts the pay to the US pack's currency (exchangeRates in the project file):"
                        + " A is paid in KRW, with no rate to USD");
        assertThat(r.options().get(1).notes()).extracting(n -> n.in(org.worktime.core.i18n.Language.EN)).containsExactly(
                "not available: the pay cannot be compared with the Highly Professional System's annual wage threshold without a stated"
                        + " exchange rate (exchangeRates in the project file): A: 36,000,000 KRW a year, in KRW, required 10,750,000 JPY (from 2019-04-01)");
    }

    @Test
    void underUsFederalRulesTheUsPackDecidesWhoIsExemptAndOnlyTheNonExemptAreOwedThePremium() throws Exception {
        Path folder = TeamFixture.write(dir);
        java.nio.file.Files.writeString(folder.resolve("employees.csv"), """
                id,name,birth_date,hire_date,wage_type,wage_amount,currency,monthly_hours,attr.jobFamily
                A,A,1990-01-01,2020-01-01,monthly,10000000,KRW,209,research
                B,B,1990-01-01,2020-01-01,monthly,3000000,KRW,209,research
                """);
        Dataset dataset = TeamFixture.read(folder);
        OptionPlan us = Planner.plan(dataset, ProjectFileReader.read(TeamFixture.project(dir, """
                id: exempt
                window: {from: 2026-03-09, to: 2026-03-22}
                plannedOn: 2026-03-02
                team: {ids: [A, B]}
                work: {total: 400h}
                preferences: {longestDay: 12h}
                options: [us-flsa-exempt]
                exchangeRates:
                  - {from: KRW, to: USD, rate: 0.00075, on: 2026-03-02, source: stated for the comparison}
                """), dataset), new PlanSettings(7, 400, null)).options().get(0);
        assertThat(us.option()).isEqualTo(PlanOption.US_FLSA_EXEMPT);
        // KRW 10 M a month at the stated 0.00075 is USD 1,730.76 a week: A is exempt; B's USD 519.23 is under the level.
        assertThat(us.notes()).extracting(n -> n.in(org.worktime.core.i18n.Language.EN)).containsExactly(
                "judged by the US pack with the salary restated in dollars at the project's stated rate; exempt: A; non-exempt (overtime premium"
                        + " as under us-flsa-nonexempt): B",
                "B is not exempt (salary of at least the standard salary level: 519.23 USD a week, required 684.00 USD a week (541.600(a), in"
                        + " force from 2020-01-01); the 2024 rule's 1,128.00 USD (announced from 2025-01-01) was vacated on 2024-11-15 and is not"
                        + " the level in force; at least 615.60 USD a week in salary even with the bonus credit)",
                // B's salary for 72 h a week would fall under the federal minimum wage (USD 7.25): the engine's own rule says so.
                "the engine's check removed 26 h the solver had planned ({US-FLSA-6=26})");
        // No federal cap on an adult's hours: A the longest day wanted every day (14 x 12 h); B 26 h less.
        assertThat(us.hoursByEmployee()).isEqualTo(Map.of("A", 168 * 3600L, "B", 142 * 3600L));
        assertThat(us.violationsLeft()).isEmpty();
        assertThat(us.payLines()).extracting(l -> l.employeeId()).containsOnly("B");
        // B at USD 2,250 a month for 209 h: USD 10.7656 an hour; of 31 h beyond 40 in each 71-hour week, 8.23 h at half-time,
        // 22.77 h at time and a half: USD 411.99 a week, two workweeks.
        assertThat(us.premium()).isEqualTo(Map.of(CurrencyUnit.USD, Money.of(CurrencyUnit.USD, new java.math.BigDecimal("823.98"))));
        assertThat(us.paperwork()).singleElement().satisfies(p -> {
            assertThat(p.what().in(org.worktime.core.i18n.Language.EN))
                    .isEqualTo("A: the learned professional's duties attested (attestation us.duties.professional)");
            assertThat(p.onFile()).isFalse();
            assertThat(p.deadline()).isEqualTo(java.time.LocalDate.of(2026, 3, 8));
        });
    }

    /**
     * The US pack's regular rate of a monthly salary for 209 h: 3,000,000 x 12 / 52 a week for 209 x 12 / 52 = 48.23 h,
     * KRW 14,354.07 an hour. Of the 30 h beyond 40 in a 70-hour week, the salary already pays 8.23 h at straight time
     * (half-time owed) and the other 21.77 h not at all (time and a half): KRW 527,791 a week, four workweeks.
     */
    static final long US_PREMIUM = 2_111_164;

    @Test
    void theSameSeedAndStepsGiveTheSamePlan() throws Exception {
        String body = """
                id: same
                window: {from: 2026-03-09, to: 2026-03-22}
                plannedOn: 2026-03-02
                team: {}
                work: {total: 200h}
                options: [kr-ordinary, kr-flexible-3m]
                """;
        List<List<Shift>> first = plan(body).options().stream().map(OptionPlan::shifts).toList();
        List<List<Shift>> second = plan(body).options().stream().map(OptionPlan::shifts).toList();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aLateStartCrossesMidnightAndPaysTheNightPremiumUnlessNightWorkIsRuledOut() throws Exception {
        PlanResult night = plan("""
                id: late
                window: {from: 2026-03-09, to: 2026-03-15}
                plannedOn: 2026-03-02
                team: {ids: [A]}
                work: {total: 50h}
                preferences: {longestDay: 10h, dayStart: "16:00", noNightWork: false, freeDays: [SATURDAY]}
                options: [kr-ordinary]
                """);
        OptionPlan o = night.options().get(0);
        assertThat(o.violationsLeft()).isEmpty();
        assertThat(o.shifts()).hasSize(5).allSatisfy(s -> {
            // 10 h of work and the 1-hour break after 5 h: 16:00 to 03:00 the next day, 22:00-06:00 is night work.
            assertThat(LocalDateTime.ofInstant(s.start(), SEOUL).toLocalTime()).hasToString("16:00");
            assertThat(LocalDateTime.ofInstant(s.end(), SEOUL)).isEqualTo(LocalDateTime.ofInstant(s.start(), SEOUL).plusHours(11));
            assertThat(LocalDateTime.ofInstant(s.breaks().get(0).getStart(), SEOUL).toLocalTime()).hasToString("21:00");
        });
        assertThat(o.payLines()).extracting(l -> l.kind()).contains("NIGHT");

        PlanResult day = plan("""
                id: late
                window: {from: 2026-03-09, to: 2026-03-15}
                plannedOn: 2026-03-02
                team: {ids: [A]}
                work: {total: 25h}
                preferences: {longestDay: 10h, dayStart: "16:00", noNightWork: true, freeDays: [SATURDAY]}
                options: [kr-ordinary]
                """);
        OptionPlan d = day.options().get(0);
        // Before 22:00: 5 h of work and the 30-minute break of Art. 54(1) (16:00-21:30); 6 h would end at 22:30.
        assertThat(d.shifts()).hasSize(5).allSatisfy(s -> {
            assertThat(s.workedSeconds()).isEqualTo(5 * 3600);
            assertThat(LocalDateTime.ofInstant(s.end(), SEOUL).toLocalTime()).hasToString("21:30");
        });
        assertThat(d.payLines()).extracting(l -> l.kind()).doesNotContain("NIGHT");
        assertThat(d.notes()).extracting(Text::en).contains("no night work: a day starting at 16:00 ends before 22:00, so it holds at most 5 h of work with its break");
    }

    @Test
    void anEmptyTeamIsTheUsersMistake() throws Exception {
        assertThatThrownBy(() -> plan("""
                id: none
                window: {from: 2026-03-09, to: 2026-03-15}
                plannedOn: 2026-03-02
                team: {where: {jobFamily: sales}}
                work: {total: 10h}
                """)).isInstanceOf(PlanException.class)
                .hasMessage("the team is empty: no employee of the dataset matches the project's team and is employed in the window 2026-03-09 to 2026-03-15");
    }
}
