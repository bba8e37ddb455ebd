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
}
