package org.worktime.kr.rules;

import static org.worktime.kr.rules.Kr.VERIFIER;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.worktime.core.finding.Severity;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

/** Art. 51-2: units over three months (16 weeks here), with 11 hours of rest between working days. */
class FlexibleRestRuleTest {

    private static final Map<String, String> SIXTEEN_WEEKS = Map.of("unitWeeks", "16", "weeks", "MON-FRI 8h");

    private static Scenario unit(String from, String secondShiftStart) {
        return Flexible.arrangement(Kr.withAgreement(), FlexibleArrangement.SIX_MONTH, from, "2026-12-31", SIXTEEN_WEEKS)
                .employee("E1", e -> e.monthly(4_000_000, 209))
                .shift("E1", "2026-03-09T12:00", "2026-03-09T22:00", "17:00-18:00")
                .shift("E1", "2026-03-10T" + secondShiftStart, "2026-03-10T18:00", "12:00-13:00");
    }

    @Test
    @ViolatingFixture
    void tenHoursOfRestBetweenTwoDays() {
        VERIFIER.verifyThat(FlexibleRestRule.class).given(unit("2026-03-02", "08:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .violatesOnce().measuredMinutes(600).limitMinutes(660).period("2026-03-10", "2026-03-11")
                .messageContains("under a flexible unit over three months");
    }

    @Test
    @CleanFixture
    void elevenHoursOfRest() {
        VERIFIER.verifyThat(FlexibleRestRule.class).given(unit("2026-03-02", "09:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .hasNoFindings();
    }

    @Test
    void unitsOverThreeMonthsDidNotExistBefore2021April6() {
        Scenario scenario = Flexible.arrangement(Kr.withAgreement(), FlexibleArrangement.SIX_MONTH, "2021-01-04", "2021-12-31", SIXTEEN_WEEKS)
                .employee("E1", e -> e.monthly(4_000_000, 209))
                .shift("E1", "2021-01-04T09:00", "2021-01-04T18:00", "12:00-13:00");
        VERIFIER.verifyThat(FlexibleArrangementRule.class).given(scenario).between("2021-01-04", "2021-01-10")
                .single(Severity.WARNING).messageContains("units over three months exist only from 2021-04-06 (Art. 51-2)");
    }
}
