package org.worktime.jp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.jp.rules.Jp.VERIFIER;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.worktime.core.finding.Severity;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class RegionalMinimumWageRuleTest {

    private static Scenario tokyo(String hourly, String day) {
        return Jp.workplace().attribute(RegionalMinimumWageRule.PREFECTURE, "tokyo")
                .employee("J", e -> e.hourly("JPY", new BigDecimal(hourly))).shift("J", day + "T09:00", day + "T18:00", "12:00-13:00");
    }

    /** Tokyo's FY2024 rate, JPY 1,163, binds from 2024-10-01: JPY 1,162 an hour that day is below it. */
    @Test
    @ViolatingFixture
    void theDayTheRateRisesTheOldWageIsBelowIt() {
        var f = VERIFIER.verifyThat(RegionalMinimumWageRule.class).given(tokyo("1162", "2024-10-01")).between("2024-09-30", "2024-10-06")
                .violatesOnce().messageContains("The wage per scheduled hour 1,162 JPY (from 2024-10-01) is below Tokyo's regional minimum"
                        + " wage of 1,163 JPY (FY2024 (令和6年度), in force from 2024-10-01)").finding();
        assertThat(f.limit().value()).isEqualByComparingTo("1163");
        assertThat(f.period().getStart()).hasToString("2024-10-01");
        assertThat(f.penalty().summary().en()).isEqualTo("a fine up to JPY 500,000");
        assertThat(f.citation().law()).isEqualTo("Minimum Wage Act (最低賃金法)");
    }

    /** The day before, FY2023's JPY 1,113 is in force: JPY 1,162 is above it. */
    @Test
    @CleanFixture
    void theDayBeforeTheOldRateIsInForce() {
        VERIFIER.verifyThat(RegionalMinimumWageRule.class).given(tokyo("1162", "2024-09-30")).between("2024-09-30", "2024-10-06").hasNoFindings();
    }

    @Test
    void theRateItselfIsEnough() {
        VERIFIER.verifyThat(RegionalMinimumWageRule.class).given(tokyo("1163", "2024-10-01")).between("2024-09-30", "2024-10-06").hasNoFindings();
    }

    /** Akita's FY2025 rate came on 2026-03-31: JPY 1,000 an hour is above 951 on the 30th and below 1,031 on the 31st. */
    @Test
    void eachPrefectureChangesOnItsOwnDate() {
        Scenario s = Jp.workplace().attribute(RegionalMinimumWageRule.PREFECTURE, "akita").employee("J", e -> e.hourly("JPY", new BigDecimal("1000")))
                .shift("J", "2026-03-30T09:00", "2026-03-30T18:00", "12:00-13:00");
        VERIFIER.verifyThat(RegionalMinimumWageRule.class).given(s).between("2026-03-30", "2026-04-05").hasNoFindings();
        Scenario on31 = s.shift("J", "2026-03-31T09:00", "2026-03-31T18:00", "12:00-13:00");
        VERIFIER.verifyThat(RegionalMinimumWageRule.class).given(on31).between("2026-03-30", "2026-04-05").violatesOnce()
                .period("2026-03-31", "2026-04-01").messageContains("below Akita's regional minimum wage of 1,031 JPY");
    }

    /**
     * A monthly wage over its 160 scheduled hours: JPY 186,080 is JPY 1,163 an hour (clean in October 2024), 186,079 is
     * 1,162.99. A meal allowance counts toward it; a family allowance does not (Art. 4(3), Ordinance Art. 1).
     */
    @Test
    void theHourlyBaseOfAMonthlyWageIsCompared() {
        java.util.function.Function<Long, Scenario> monthly = amount -> Jp.workplace().attribute(RegionalMinimumWageRule.PREFECTURE, "tokyo")
                .employee("J", e -> e.wage(Jp.yen(amount))).shift("J", "2024-10-07T09:00", "2024-10-07T18:00", "12:00-13:00");
        VERIFIER.verifyThat(RegionalMinimumWageRule.class).given(monthly.apply(186_080L)).between("2024-10-07", "2024-10-13").hasNoFindings();
        VERIFIER.verifyThat(RegionalMinimumWageRule.class).given(monthly.apply(186_079L)).between("2024-10-07", "2024-10-13").violatesOnce()
                .messageContains("1,162.99 JPY");
        Scenario meal = monthly.apply(180_000L).earning("J", "allowance.meal", "JPY", "6080", "2024-10-01", "2024-10-31");
        VERIFIER.verifyThat(RegionalMinimumWageRule.class).given(meal).between("2024-10-07", "2024-10-13").hasNoFindings();
        Scenario family = monthly.apply(180_000L).earning("J", "allowance.family", "JPY", "6080", "2024-10-01", "2024-10-31");
        VERIFIER.verifyThat(RegionalMinimumWageRule.class).given(family).between("2024-10-07", "2024-10-13").violatesOnce()
                .messageContains("1,125 JPY (from");
    }

    @Test
    void withoutAPrefectureTheAnswerIsIndeterminate() {
        Scenario s = Jp.workplace().employee("J", e -> e.hourly("JPY", new BigDecimal("900"))).shift("J", "2024-10-01T09:00", "2024-10-01T18:00");
        VERIFIER.verifyThat(RegionalMinimumWageRule.class).given(s).between("2024-09-30", "2024-10-06").single(Severity.INDETERMINATE)
                .messageContains("the workplace's prefecture is not stated (attribute jp.prefecture, e.g. tokyo)");
        VERIFIER.verifyThat(RegionalMinimumWageRule.class).given(s.attribute(RegionalMinimumWageRule.PREFECTURE, "tokio"))
                .between("2024-09-30", "2024-10-06").single(Severity.INDETERMINATE)
                .messageContains("'tokio' (attribute jp.prefecture) is not a prefecture the pack knows");
    }

    @Test
    void aDayBeyondThePacksRatesIsIndeterminate() {
        VERIFIER.verifyThat(RegionalMinimumWageRule.class).given(tokyo("1300", "2026-10-05")).between("2026-10-05", "2026-10-11")
                .single(Severity.INDETERMINATE).messageContains("from 2026-10-05 to 2026-10-05: the pack has no regional minimum wage of tokyo");
    }
}
