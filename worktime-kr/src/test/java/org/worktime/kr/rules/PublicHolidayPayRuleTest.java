package org.worktime.kr.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.kr.rules.Kr.VERIFIER;

import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

class PublicHolidayPayRuleTest {

    @Test
    @ViolatingFixture
    void theSubstituteHolidayIsPaidToAnHourlyWorker() {
        var outcome = VERIFIER.verifyThat(PublicHolidayPayRule.class)
                .given(Kr.withAgreement().employee("P1", e -> e.hourly(10_000))
                        .dailyShifts("P1", "2026-03-03", 4, "09:00", "18:00", "12:00-13:00"))
                .between("2026-03-02", "2026-03-08");
        assertThat(outcome.payLines()).extracting(p -> p.period().getStart() + " " + p.kind() + " " + p.amount())
                .containsExactly("2026-03-02 PUBLIC_HOLIDAY_PAY KRW 80000");
    }

    @Test
    @CleanFixture
    void aMonthlyWageAlreadyPaysIt() {
        VERIFIER.verifyThat(PublicHolidayPayRule.class)
                .given(Kr.withAgreement().employee("M1", e -> e.monthly(3_000_000, 209))
                        .dailyShifts("M1", "2026-03-03", 4, "09:00", "18:00", "12:00-13:00"))
                .between("2026-03-02", "2026-03-08")
                .paysNothing();
    }

    @Test
    void aWorkplaceOfThreePaysWorkersDayButNotOtherPublicHolidays() {
        var outcome = VERIFIER.verifyThat(PublicHolidayPayRule.class)
                .given(Kr.workplace(3).employee("P1", e -> e.hourly(10_000))
                        .dailyShifts("P1", "2026-03-03", 4, "09:00", "18:00", "12:00-13:00")
                        .dailyShifts("P1", "2026-04-27", 4, "09:00", "18:00", "12:00-13:00"))
                .between("2026-03-02", "2026-05-03");
        assertThat(outcome.payLines()).extracting(p -> p.period().getStart() + " " + p.amount())
                .containsExactly("2026-05-01 KRW 80000");
    }
}
