package org.worktime.jp.rules;

import static org.worktime.jp.rules.Jp.VERIFIER;

import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class GeneralLimitRuleTest {

    @Test
    @ViolatingFixture
    void fortySixHoursInAMonthWithoutASpecialClause() {
        Scenario s = Jp.withAgreement().employee("E1", e -> e.wage(Jp.yen(300_000)));
        VERIFIER.verifyThat(GeneralLimitRule.class)
                .given(Jp.monthWithOvertime(s, "E1", YearMonth.of(2026, 5), 46 * 60))
                .between("2026-05-01", "2026-05-31")
                .violatesOnce().measuredMinutes(46 * 60).limitMinutes(45 * 60).period("2026-05-01", "2026-06-01").penaltyArticle("Art. 119");
    }

    @Test
    @CleanFixture
    void exactlyFortyFiveHoursIsWithinTheLimit() {
        Scenario s = Jp.withAgreement().employee("E1", e -> e.wage(Jp.yen(300_000)));
        VERIFIER.verifyThat(GeneralLimitRule.class)
                .given(Jp.monthWithOvertime(s, "E1", YearMonth.of(2026, 5), 45 * 60))
                .between("2026-05-01", "2026-05-31")
                .hasNoFindings();
    }

    @Test
    void aLowerAgreedLimitBinds() {
        Scenario s = Jp.workplace().agreementRecord(Jp.agreement("2026-04-01", "2027-03-31", Map.of("monthLimit", "30h")))
                .employee("E1", e -> e.wage(Jp.yen(300_000)));
        VERIFIER.verifyThat(GeneralLimitRule.class)
                .given(Jp.monthWithOvertime(s, "E1", YearMonth.of(2026, 5), 31 * 60))
                .between("2026-05-01", "2026-05-31")
                .violatesOnce().limitMinutes(30 * 60);
    }

    @Test
    void oneYearVariableHoursLimitIs42() {
        Scenario s = Jp.workplace().agreementRecord(Jp.agreement("2026-04-01", "2027-03-31", Map.of("longVariable", "true")))
                .employee("E1", e -> e.wage(Jp.yen(300_000)));
        VERIFIER.verifyThat(GeneralLimitRule.class)
                .given(Jp.monthWithOvertime(s, "E1", YearMonth.of(2026, 5), 43 * 60))
                .between("2026-05-01", "2026-05-31")
                .violatesOnce().limitMinutes(42 * 60);
    }

    @Test
    void theMonthRunsFromTheAgreementsStartDay() {
        // The agreement counts months from the 16th: 46 h in May but split 23/23 over two agreement months.
        Scenario s = Jp.workplace().agreementRecord(Jp.agreement("2026-04-16", "2027-04-15", Map.of()))
                .employee("E1", e -> e.wage(Jp.yen(300_000)));
        VERIFIER.verifyThat(GeneralLimitRule.class)
                .given(Jp.monthWithOvertime(s, "E1", YearMonth.of(2026, 5), 46 * 60))
                .between("2026-05-01", "2026-05-31")
                .hasNoFindings();
    }

    @Test
    void threeHundredSeventyTwoHoursInTheAgreementYear() {
        Scenario s = Jp.workplace().agreementRecord(Jp.agreement("2025-04-01", "2026-03-31", Map.of()))
                .employee("E1", e -> e.wage(Jp.yen(300_000)));
        for (YearMonth m = YearMonth.of(2025, 4); !m.isAfter(YearMonth.of(2026, 3)); m = m.plusMonths(1)) {
            Jp.monthWithOvertime(s, "E1", m, 31 * 60);
        }
        VERIFIER.verifyThat(GeneralLimitRule.class)
                .given(s)
                .between("2025-04-01", "2026-03-31")
                .violatesOnce().measuredMinutes(372 * 60).limitMinutes(360 * 60).period("2025-04-01", "2026-04-01");
    }

    @Test
    void aShiftAcrossTheAgreementYearBoundaryBelongsToTheYearItStarted() {
        // 23 h from Tuesday 2026-03-31 09:00: 15 h of overtime, all on 03-31, in the old agreement's last month (limit 10 h).
        Scenario s = Jp.workplace().agreementRecord(Jp.agreement("2025-04-01", "2026-03-31", Map.of("monthLimit", "10h")))
                .agreementRecord(Jp.agreement("2026-04-01", "2027-03-31", Map.of("monthLimit", "20h")))
                .employee("E1", e -> e.wage(Jp.yen(300_000)))
                .shift("E1", "2026-03-31T09:00", "2026-04-01T09:00", "12:00-13:00");
        VERIFIER.verifyThat(GeneralLimitRule.class).given(s).between("2026-03-01", "2026-04-30")
                .violatesOnce().measuredMinutes(15 * 60).limitMinutes(10 * 60).period("2026-03-01", "2026-04-01");
    }

    @Test
    void smesCameUnderTheLimitsOnApril1st2020() {
        Scenario sme = Jp.workplace().attribute("jp.sme", "true").agreementRecord(Jp.agreement("2019-04-01", "2020-03-31", Map.of()))
                .employee("E1", e -> e.wage(Jp.yen(300_000)));
        VERIFIER.verifyThat(GeneralLimitRule.class).given(Jp.monthWithOvertime(sme, "E1", YearMonth.of(2019, 5), 50 * 60))
                .between("2019-05-01", "2019-05-31").hasNoFindings();
        Scenario large = Jp.workplace().agreementRecord(Jp.agreement("2019-04-01", "2020-03-31", Map.of()))
                .employee("E1", e -> e.wage(Jp.yen(300_000)));
        VERIFIER.verifyThat(GeneralLimitRule.class).given(Jp.monthWithOvertime(large, "E1", YearMonth.of(2019, 5), 50 * 60))
                .between("2019-05-01", "2019-05-31").violatesOnce();
    }
}
