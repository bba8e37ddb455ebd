package org.worktime.jp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.jp.rules.Jp.VERIFIER;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class SpecialClauseRuleTest {

    private static Scenario year(Map<String, String> terms, int monthsOver, long hoursOver, long hoursOther) {
        Scenario s = Jp.workplace().agreementRecord(Jp.agreement("2025-04-01", "2026-03-31", terms))
                .employee("E1", e -> e.wage(Jp.yen(300_000)));
        int i = 0;
        for (YearMonth m = YearMonth.of(2025, 4); !m.isAfter(YearMonth.of(2026, 3)); m = m.plusMonths(1)) {
            Jp.monthWithOvertime(s, "E1", m, (i++ < monthsOver ? hoursOver : hoursOther) * 60);
        }
        return s;
    }

    @Test
    @ViolatingFixture
    void sevenMonthsBeyondFortyFive() {
        VERIFIER.verifyThat(SpecialClauseRule.class)
                .given(year(Map.of("specialClause", "true"), 7, 50, 20))
                .between("2025-04-01", "2026-03-31")
                .violatesOnce().period("2025-04-01", "2026-04-01").messageContains("7 months").messageContains("2025-10-01");
    }

    @Test
    @CleanFixture
    void sixMonthsBeyondFortyFive() {
        VERIFIER.verifyThat(SpecialClauseRule.class)
                .given(year(Map.of("specialClause", "true"), 6, 50, 20))
                .between("2025-04-01", "2026-03-31")
                .hasNoFindings();
    }

    @Test
    void sevenHundredThirtyTwoHoursInTheYear() {
        var outcome = VERIFIER.verifyThat(SpecialClauseRule.class)
                .given(year(Map.of("specialClause", "true"), 12, 61, 0))
                .between("2025-04-01", "2026-03-31")
                .violations(2);
        assertThat(outcome.findings()).anySatisfy(f -> {
            assertThat(f.measured().value()).isEqualByComparingTo(BigDecimal.valueOf(732 * 60));
            assertThat(f.limit().value()).isEqualByComparingTo(BigDecimal.valueOf(720 * 60));
        });
    }

    @Test
    void driversHave960HoursAndNoSixMonthRuleFromApril2024() {
        Scenario s = Jp.workplace().agreementRecord(Jp.agreement("2025-04-01", "2026-03-31", Map.of("specialClause", "true", "sector", "driver")))
                .employee("E1", e -> e.wage(Jp.yen(300_000)));
        for (YearMonth m = YearMonth.of(2025, 4); !m.isAfter(YearMonth.of(2026, 3)); m = m.plusMonths(1)) {
            Jp.monthWithOvertime(s, "E1", m, 61 * 60);
        }
        VERIFIER.verifyThat(SpecialClauseRule.class).given(s).between("2025-04-01", "2026-03-31").hasNoFindings();
    }
}
