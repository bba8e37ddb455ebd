package org.worktime.jp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.jp.rules.Jp.VERIFIER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class VariableSettlementRuleTest {

    /**
     * A one-year period from Wednesday 2026-04-01, weekdays 7 h, but every April weekday 9 h (the busy month; 22 days,
     * 198 h). A worker employed only in April works the schedule exactly, then leaves on 2026-04-30.
     */
    private static Scenario busyApril(String aprilDay, String shiftEnd) {
        StringBuilder dates = new StringBuilder();
        for (LocalDate d = LocalDate.of(2026, 4, 1); d.isBefore(LocalDate.of(2026, 5, 1)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                dates.append(dates.isEmpty() ? "" : "; ").append(d).append(' ').append(aprilDay);
            }
        }
        Scenario s = Jp.withAgreement().agreementRecord(new Agreement(Arrangement.ONE_YEAR,
                        LocalDateRange.ofClosed(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)), Set.of(),
                        Map.of("months", "12", "pattern", "MON-FRI 7h", "dates", dates.toString())))
                .employee("E1", e -> e.hourly("JPY", BigDecimal.valueOf(2000)).employed("2026-04-01", "2026-04-30"));
        for (LocalDate d = LocalDate.of(2026, 4, 1); d.isBefore(LocalDate.of(2026, 5, 1)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                s.shift("E1", d + "T08:00", d + "T" + shiftEnd, "12:00-13:00");
            }
        }
        return s;
    }

    @Test
    @ViolatingFixture
    void aWorkerWhoLeavesAfterTheBusyMonthIsPaidForTheHoursBeyondFortyOnAverage() {
        // 198 h worked in 30 days; 40 h x 30 / 7 = 171:25:42.857 (617,142 s); 95,658 s beyond, at 1.25 x JPY 2,000:
        // 2,500 x 95,658 / 3,600 = 66,429.17, so JPY 66,429. None of it is overtime.
        Scenario s = busyApril("9h", "18:00");
        var outcome = VERIFIER.verifyThat(VariableSettlementRule.class).given(s).between("2026-04-01", "2026-04-30");
        assertThat(outcome.payLines()).hasSize(1);
        assertThat(outcome.payLines().get(0).seconds()).isEqualTo(95_658);
        assertThat(outcome.payLines().get(0).period()).isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 4, 30)));
        assertThat(outcome.totalPaid()).isEqualByComparingTo("66429");
        assertThat(VERIFIER.verifyThat(OvertimePremiumRule.class).given(s).between("2026-04-01", "2026-04-30").payLines()).isEmpty();
        VERIFIER.verifyThat(GeneralLimitRule.class).given(s).between("2026-04-01", "2026-04-30").hasNoFindings();
    }

    @Test
    @CleanFixture
    void aWorkerWhoLeavesAfterAQuietMonthIsOwedNothing() {
        // 22 x 7 h = 154 h, under 171:25.
        Scenario s = busyApril("7h", "16:00");
        assertThat(VERIFIER.verifyThat(VariableSettlementRule.class).given(s).between("2026-04-01", "2026-04-30").payLines()).isEmpty();
    }
}
