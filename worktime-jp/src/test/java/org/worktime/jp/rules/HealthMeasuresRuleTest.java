package org.worktime.jp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.jp.rules.Jp.VERIFIER;

import org.junit.jupiter.api.Test;
import org.worktime.core.finding.Severity;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class HealthMeasuresRuleTest {

    @Test
    @ViolatingFixture
    void twentySixDaysWorkedLoseTheSystemForTheFourWeeks() {
        Scenario s = Hps.covered(1_000_000).dailyShifts("E1", "2026-04-01", 26, "09:00", "20:00", "12:00-13:00");
        var outcome = VERIFIER.verifyThat(HealthMeasuresRule.class).given(s).between("2026-04-01", "2026-04-28");
        assertThat(outcome.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(f.period().getStart()).isEqualTo(java.time.LocalDate.of(2026, 4, 1));
            assertThat(f.period().getEnd()).isEqualTo(java.time.LocalDate.of(2026, 4, 29));
            assertThat(f.message().en()).contains("does not apply from 2026-04-01 to 2026-04-28").contains("2 days without work")
                    .contains("hours, rest, holiday and premium rules of the Act apply");
        });
        // With the system lost, the ordinary rules judge those weeks: 10 h days without an Art. 36 agreement.
        assertThat(VERIFIER.verifyThat(DailyHoursRule.class).given(s).between("2026-04-01", "2026-04-28").findings()).isNotEmpty();
    }

    @Test
    @CleanFixture
    void measuresKeptNothingToReportAndNoHourFindings() {
        Scenario s = Hps.longWeekdays(Hps.covered(1_000_000), 28);
        VERIFIER.verifyThat(HealthMeasuresRule.class).given(s).between("2026-04-01", "2026-04-28").hasNoFindings();
        VERIFIER.verifyThat(DailyHoursRule.class).given(s).between("2026-04-01", "2026-04-28").hasNoFindings();
        VERIFIER.verifyThat(WeeklyHoursRule.class).given(s).between("2026-04-01", "2026-04-28").hasNoFindings();
        VERIFIER.verifyThat(OvertimePremiumRule.class).given(s).between("2026-04-01", "2026-04-28").paysNothing();
        VERIFIER.verifyThat(NightPremiumRule.class).given(s.shift("E1", "2026-04-04T20:00", "2026-04-04T23:00"))
                .between("2026-04-01", "2026-04-28").paysNothing();
    }

    @Test
    void aWorkerNotOtherwiseEligibleIsNotReported() {
        Scenario s = Hps.covered(500_000).dailyShifts("E1", "2026-04-01", 26, "09:00", "20:00", "12:00-13:00");
        VERIFIER.verifyThat(HealthMeasuresRule.class).given(s).between("2026-04-01", "2026-04-28").hasNoFindings();
    }
}
