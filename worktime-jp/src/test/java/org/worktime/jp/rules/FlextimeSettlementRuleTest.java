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

class FlextimeSettlementRuleTest {

    /** A filed three-month flextime period from 2026-02-01; the worker leaves on 2026-02-28 after 20 weekdays ending at {@code end}. */
    private static Scenario leavesAfterFebruary(String end) {
        Scenario s = Jp.withAgreement().agreementRecord(new Agreement(Arrangement.FLEXTIME,
                        LocalDateRange.ofClosed(LocalDate.of(2026, 2, 1), LocalDate.of(2027, 1, 31)), Set.of(), Map.of("months", "3", "filed", "true")))
                .employee("E1", e -> e.hourly("JPY", BigDecimal.valueOf(2000)).employed("2025-04-01", "2026-02-28"));
        for (LocalDate d = LocalDate.of(2026, 2, 1); d.isBefore(LocalDate.of(2026, 3, 1)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                s.shift("E1", d + "T08:00", d + "T" + end, "12:00-13:00");
            }
        }
        return s;
    }

    @Test
    @ViolatingFixture
    void aWorkerWhoLeavesAfterTheFirstMonthIsSettledOverIt() {
        // 20 x 10:30 = 210 h. The February segment: beyond 50 h x 28 / 7 = 200 h, 10 h of overtime (25,000). The part
        // worked: 210 - 10 - 40 h x 28 / 7 (160) = 40 h, paid at 1.25 x 2,000: JPY 100,000 on 2026-02-28.
        Scenario s = leavesAfterFebruary("19:30");
        var outcome = VERIFIER.verifyThat(FlextimeSettlementRule.class).given(s).between("2026-02-01", "2026-02-28");
        assertThat(outcome.payLines()).singleElement().satisfies(line -> {
            assertThat(line.seconds()).isEqualTo(40 * 3600);
            assertThat(line.period().getStart()).isEqualTo(LocalDate.of(2026, 2, 28));
            assertThat(line.amount()).isEqualTo(Jp.jpy(100_000));
        });
        assertThat(VERIFIER.verifyThat(OvertimePremiumRule.class).given(s).between("2026-02-01", "2026-02-28").totalPaid())
                .isEqualByComparingTo("25000");
    }

    @Test
    @CleanFixture
    void eightHourDaysLeaveNothingToSettle() {
        assertThat(VERIFIER.verifyThat(FlextimeSettlementRule.class).given(leavesAfterFebruary("17:00")).between("2026-02-01", "2026-02-28")
                .payLines()).isEmpty();
    }
}
