package org.worktime.kr.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.kr.rules.Kr.VERIFIER;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

/** Art. 51-3, kr.md EX-13. */
class FlexibleSettlementRuleTest {

    /** A four-week unit from Monday 2026-03-09, by written agreement, scheduled 48, 48, 32 and 32 h. */
    private static final Map<String, String> TERMS = Map.of("unitWeeks", "4", "week.1", "MON-FRI 9h36min", "week.2", "MON-FRI 9h36min",
            "week.3", "MON-THU 8h", "week.4", "MON-THU 8h");

    @Test
    @ViolatingFixture
    void aWorkerWhoLeavesAfterTheTwoLongWeeksIsOwedSixteenHoursOfPremium() {
        // Worked 48 + 48 = 96 h in 14 days; 40 h a week allows 80 h: 16 h x 0.5 x 10,000 = 80,000.
        var outcome = VERIFIER.verifyThat(FlexibleSettlementRule.class)
                .given(Flexible.arrangement(Kr.withoutAgreement(), FlexibleArrangement.THREE_MONTH, "2026-03-09", "2026-12-31", TERMS)
                        .employee("E1", e -> e.hourly(10_000).employed("2025-01-01", "2026-03-22"))
                        .dailyShifts("E1", "2026-03-09", 5, "08:00", "18:36", "12:00-13:00")
                        .dailyShifts("E1", "2026-03-16", 5, "08:00", "18:36", "12:00-13:00"))
                .between("2026-03-09", "2026-04-05");
        assertThat(outcome.payLines()).extracting(p -> p.period() + " " + p.kind() + " " + p.seconds() / 3600 + " " + p.multiplier() + " " + p.amount())
                .containsExactly("2026-03-09/2026-03-23 FLEXIBLE_SETTLEMENT 16 0.5 KRW 80000");
        // No overtime premium: the hours were within the schedule.
        assertThat(outcome.report().payLines()).noneMatch(p -> p.kind().equals("OVERTIME"));
    }

    @Test
    @CleanFixture
    void aWorkerWhoJoinsForTheTwoShortWeeksIsOwedNothing() {
        VERIFIER.verifyThat(FlexibleSettlementRule.class)
                .given(Flexible.arrangement(Kr.withoutAgreement(), FlexibleArrangement.THREE_MONTH, "2026-03-09", "2026-12-31", TERMS)
                        .employee("E2", e -> e.hourly(10_000).employed("2026-03-23", null))
                        .dailyShifts("E2", "2026-03-23", 4, "09:00", "18:00", "12:00-13:00")
                        .dailyShifts("E2", "2026-03-30", 4, "09:00", "18:00", "12:00-13:00"))
                .between("2026-03-09", "2026-04-05")
                .paysNothing();
    }

    @Test
    void aWorkerEmployedThroughTheWholeUnitIsNotSettled() {
        VERIFIER.verifyThat(FlexibleSettlementRule.class)
                .given(Flexible.arrangement(Kr.withoutAgreement(), FlexibleArrangement.THREE_MONTH, "2026-03-09", "2026-12-31", TERMS)
                        .employee("E3", e -> e.hourly(10_000))
                        .dailyShifts("E3", "2026-03-09", 5, "08:00", "18:36", "12:00-13:00")
                        .dailyShifts("E3", "2026-03-16", 5, "08:00", "18:36", "12:00-13:00"))
                .between("2026-03-09", "2026-04-05")
                .paysNothing();
    }

    @Test
    void article51Dash3CameWithAct17862ForFiftyOnApril6AndForFiveToFortyNineOnJuly1() {
        // The same two long weeks and departure, in 2021: a workplace of 50 is owed the 16 h in May, one of 20 only from July.
        var terms = Map.of("unitWeeks", "4", "week.1", "MON-FRI 9h36min", "week.2", "MON-FRI 9h36min", "week.3", "MON-THU 8h",
                "week.4", "MON-THU 8h");
        java.util.function.BiFunction<Integer, String, RuleVerifierOutcome> run = (size, monday) -> {
            java.time.LocalDate start = java.time.LocalDate.parse(monday);
            var outcome = VERIFIER.verifyThat(FlexibleSettlementRule.class)
                    .given(Flexible.arrangement(Kr.workplace(size), FlexibleArrangement.THREE_MONTH, monday, "2021-12-31", terms)
                            .employee("E1", e -> e.hourly(10_000).employed("2020-01-01", start.plusDays(13).toString()))
                            .dailyShifts("E1", monday, 5, "08:00", "18:36", "12:00-13:00")
                            .dailyShifts("E1", start.plusDays(7).toString(), 5, "08:00", "18:36", "12:00-13:00"))
                    .between(monday, start.plusDays(27).toString());
            return new RuleVerifierOutcome(outcome.payLines().stream().mapToLong(p -> p.seconds() / 3600).sum());
        };
        assertThat(run.apply(50, "2021-05-24").hours()).isEqualTo(16);
        assertThat(run.apply(20, "2021-05-24").hours()).isZero();
        assertThat(run.apply(20, "2021-07-05").hours()).isEqualTo(16);
        assertThat(run.apply(50, "2021-03-22").hours()).isZero();
    }

    private record RuleVerifierOutcome(long hours) {
    }
}
