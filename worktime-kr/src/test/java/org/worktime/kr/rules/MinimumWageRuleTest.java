package org.worktime.kr.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.kr.rules.Kr.VERIFIER;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.worktime.core.finding.Severity;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

class MinimumWageRuleTest {

    private static org.worktime.core.testing.Scenario oneDay(java.util.function.Consumer<org.worktime.core.testing.Scenario.EmployeeBuilder> wage, String date) {
        return Kr.withAgreement().employee("E1", wage).shift("E1", date + "T09:00", date + "T18:00", "12:00-13:00");
    }

    @Test
    @ViolatingFixture
    void tenThousandWonIsBelowThe2026MinimumWage() {
        var finding = VERIFIER.verifyThat(MinimumWageRule.class).given(oneDay(e -> e.hourly(10_000), "2026-03-10"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .violatesOnce().penaltyArticle("Art. 28(1)").finding();
        assertThat(finding.measured().value()).isEqualByComparingTo("10000");
        assertThat(finding.limit().value()).isEqualByComparingTo("10320");
        assertThat(finding.limit().unit()).isEqualTo("KRW");
    }

    @Test
    @CleanFixture
    void theMinimumMonthlyWageOn209HoursIsExactlyTheMinimum() {
        // kr.md EX-09: 10,320 x 209 = 2,156,880.
        VERIFIER.verifyThat(MinimumWageRule.class).given(oneDay(e -> e.monthly(2_156_880, 209), "2026-03-10"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .hasNoFindings();
    }

    @Test
    void oneWonLessAMonthIsBelowIt() {
        var finding = VERIFIER.verifyThat(MinimumWageRule.class).given(oneDay(e -> e.monthly(2_156_879, 209), "2026-03-10"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .violatesOnce().finding();
        assertThat(finding.measured().value()).isEqualByComparingTo(new BigDecimal("10319.99"));
    }

    @Test
    void theYearsOfTheFactSheetWorkedExamples() {
        // EX-09: 2025 10,030 x 209 = 2,096,270; 2024 9,860 x 209 = 2,060,740.
        VERIFIER.verifyThat(MinimumWageRule.class).given(oneDay(e -> e.monthly(2_096_270, 209), "2025-03-11"))
                .between("2025-03-10", "2025-03-16").hasNoFindings();
        VERIFIER.verifyThat(MinimumWageRule.class).given(oneDay(e -> e.monthly(2_096_269, 209), "2025-03-11"))
                .between("2025-03-10", "2025-03-16").violatesOnce();
        VERIFIER.verifyThat(MinimumWageRule.class).given(oneDay(e -> e.monthly(2_060_740, 209), "2024-03-12"))
                .between("2024-03-11", "2024-03-17").hasNoFindings();
    }

    @Test
    void aYearWithoutARowIsIndeterminate() {
        VERIFIER.verifyThat(MinimumWageRule.class).given(oneDay(e -> e.hourly(10_320), "2027-03-09"))
                .between("2027-03-08", "2027-03-14")
                .single(Severity.INDETERMINATE).messageContains("kr.mwa.hourly has no value in force on 2027-03-08");
    }

    @Test
    void noWageOnFileIsIndeterminate() {
        VERIFIER.verifyThat(MinimumWageRule.class).given(oneDay(e -> e.noWage(), "2026-03-10"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .single(Severity.INDETERMINATE).messageContains("no wage is on file");
    }
}
