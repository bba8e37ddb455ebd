package org.worktime.jp.rules;

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

class DiscretionaryWorkRuleTest {

    private static Scenario professional() {
        return Jp.withAgreement().agreementRecord(new Agreement(Arrangement.PROFESSIONAL,
                        LocalDateRange.ofClosed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), Set.of(), Map.of("deemedHours", "9h")))
                .employee("E1", e -> e.hourly("JPY", BigDecimal.valueOf(2000)))
                .dailyShifts("E1", Jp.MONDAY, 5, "08:00", "21:00", "12:00-13:00");
    }

    @Test
    @CleanFixture
    void twelveHourDaysCountAsTheNineDeemedHours() {
        Scenario s = professional().attest("E1", JpSubjects.DISCRETIONARY_CONSENT, "2026-01-01", null);
        VERIFIER.verifyThat(DiscretionaryWorkRule.class).given(s).between(Jp.MONDAY, Jp.SUNDAY).hasNoFindings();
        // 5 days x (9 - 8) = 5 h of overtime at 2,500.
        org.assertj.core.api.Assertions.assertThat(VERIFIER.verifyThat(OvertimePremiumRule.class).given(s).between(Jp.MONDAY, Jp.SUNDAY)
                .totalPaid()).isEqualByComparingTo("12500");
    }

    @Test
    @ViolatingFixture
    void withoutConsentSinceApril2024TheHoursWorkedCount() {
        Scenario s = professional();
        VERIFIER.verifyThat(DiscretionaryWorkRule.class).given(s).between(Jp.MONDAY, Jp.SUNDAY)
                .violations(5);
        // 5 days x (12 - 8) = 20 h at 2,500.
        org.assertj.core.api.Assertions.assertThat(VERIFIER.verifyThat(OvertimePremiumRule.class).given(s).between(Jp.MONDAY, Jp.SUNDAY)
                .totalPaid()).isEqualByComparingTo("50000");
    }
}
