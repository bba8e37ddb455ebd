package org.worktime.jp.rules;

import static org.worktime.jp.rules.Jp.VERIFIER;

import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class MonthlyCapRuleTest {

    private static Scenario special() {
        return Jp.workplace().agreementRecord(Jp.agreement("2026-04-01", "2027-03-31", Map.of("specialClause", "true")))
                .employee("E1", e -> e.wage(Jp.yen(300_000)));
    }

    @Test
    @ViolatingFixture
    void exactlyOneHundredHoursBreaksTheCap() {
        VERIFIER.verifyThat(MonthlyCapRule.class)
                .given(Jp.monthWithOvertime(special(), "E1", YearMonth.of(2026, 5), 100 * 60))
                .between("2026-05-01", "2026-05-31")
                .violatesOnce().measuredMinutes(100 * 60).limitMinutes(100 * 60).period("2026-05-01", "2026-06-01").penaltyArticle("Art. 119");
    }

    @Test
    @CleanFixture
    void ninetyNineHoursFiftyNineMinutesStaysUnder() {
        VERIFIER.verifyThat(MonthlyCapRule.class)
                .given(Jp.monthWithOvertime(special(), "E1", YearMonth.of(2026, 5), 100 * 60 - 1))
                .between("2026-05-01", "2026-05-31")
                .hasNoFindings();
    }

    @Test
    void holidayWorkCountsTowardTheCap() {
        // 92 h of overtime and 8 h on Sunday 2026-05-10, the statutory holiday: 100 h.
        Scenario s = Jp.monthWithOvertime(special(), "E1", YearMonth.of(2026, 5), 92 * 60).shift("E1", "2026-05-10T09:00", "2026-05-10T18:00",
                "12:00-13:00");
        VERIFIER.verifyThat(MonthlyCapRule.class).given(s).between("2026-05-01", "2026-05-31").violatesOnce().measuredMinutes(100 * 60);
    }

    @Test
    void theCapBindsWithoutAnAgreementToo() {
        Scenario s = Jp.workplace().employee("E1", e -> e.wage(Jp.yen(300_000)));
        VERIFIER.verifyThat(MonthlyCapRule.class)
                .given(Jp.monthWithOvertime(s, "E1", YearMonth.of(2026, 5), 100 * 60))
                .between("2026-05-01", "2026-05-31")
                .violatesOnce().period("2026-05-01", "2026-06-01");
    }

    @Test
    void driversAreOutsideTheCap() {
        Scenario s = Jp.workplace().agreementRecord(Jp.agreement("2026-04-01", "2027-03-31", Map.of("specialClause", "true", "sector", "driver")))
                .employee("E1", e -> e.wage(Jp.yen(300_000)));
        VERIFIER.verifyThat(MonthlyCapRule.class)
                .given(Jp.monthWithOvertime(s, "E1", YearMonth.of(2026, 5), 110 * 60))
                .between("2026-05-01", "2026-05-31")
                .hasNoFindings();
    }

    @Test
    void constructionCameUnderTheCapOnApril1st2024() {
        Scenario s = Jp.workplace().agreementRecord(Jp.agreement("2023-04-01", "2024-03-31", Map.of("specialClause", "true", "sector", "construction")))
                .agreementRecord(Jp.agreement("2024-04-01", "2025-03-31", Map.of("specialClause", "true", "sector", "construction")))
                .employee("E1", e -> e.wage(Jp.yen(300_000)));
        Jp.monthWithOvertime(s, "E1", YearMonth.of(2024, 3), 110 * 60);
        Jp.monthWithOvertime(s, "E1", YearMonth.of(2024, 4), 110 * 60);
        VERIFIER.verifyThat(MonthlyCapRule.class).given(s).between("2024-03-01", "2024-04-30")
                .violatesOnce().period("2024-04-01", "2024-05-01");
    }
}
