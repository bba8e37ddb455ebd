package org.worktime.kr.rules;

import static org.worktime.kr.rules.Kr.VERIFIER;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.worktime.core.domain.Shift;
import org.worktime.core.finding.Severity;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

/** Art. 51-2(3)-(4): the week of Monday 2026-03-09 must be notified by Monday 2026-02-23. */
class FlexibleNoticeRuleTest {

    private static Scenario notified(String notifiedOn) {
        Scenario scenario = Flexible.arrangement(Kr.withAgreement(), FlexibleArrangement.SIX_MONTH, "2026-03-02", "2026-12-31",
                Map.of("unitWeeks", "16", "weeks", "MON-FRI 8h"))
                .employee("E1", e -> e.monthly(4_000_000, 209));
        Shift shift = Scenario.in("KR", "Asia/Seoul").employee("E1", e -> { })
                .shift("E1", "2026-03-10T09:00", "2026-03-10T18:00", "12:00-13:00").dataset().shiftsOf("E1").get(0);
        return scenario.shiftRecord(notifiedOn == null ? shift : shift.withNotifiedOn(LocalDate.parse(notifiedOn)));
    }

    @Test
    @ViolatingFixture
    void notifiedThreeDaysLate() {
        VERIFIER.verifyThat(FlexibleNoticeRule.class).given(notified("2026-02-26"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .single(Severity.WARNING).messageContains("3 days after 2026-02-23").messageContains("Art. 51-2(4)");
    }

    @Test
    @CleanFixture
    void notifiedTwoWeeksAhead() {
        VERIFIER.verifyThat(FlexibleNoticeRule.class).given(notified("2026-02-23"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .hasNoFindings();
    }

    @Test
    void notifiedOnTheDayItself() {
        VERIFIER.verifyThat(FlexibleNoticeRule.class).given(notified("2026-03-10"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .single(Severity.WARNING).messageContains("not before the day itself");
    }

    @Test
    void recordsWithoutNoticeDatesAreIndeterminate() {
        VERIFIER.verifyThat(FlexibleNoticeRule.class).given(notified(null))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .single(Severity.INDETERMINATE).messageContains("no notice date (notified_on)");
    }
}
