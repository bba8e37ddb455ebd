package org.worktime.kr.rules;

import static org.worktime.kr.rules.Kr.VERIFIER;

import org.junit.jupiter.api.Test;
import org.worktime.core.domain.DayType;
import org.worktime.core.finding.Severity;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

class PublicHolidayCoverageRuleTest {

    @Test
    @ViolatingFixture
    void workIn2028CannotBeClassified() {
        VERIFIER.verifyThat(PublicHolidayCoverageRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.monthly(4_000_000, 209))
                        .dailyShifts("E1", "2027-12-29", 5, "09:00", "18:00", "12:00-13:00"))
                .between("2027-12-27", "2028-01-02")
                .single(Severity.INDETERMINATE).period("2028-01-01", "2028-01-03")
                .messageContains("the holiday table covers 2018-01-01 to 2027-12-31");
    }

    @Test
    @CleanFixture
    void workInsideTheTableIsClassified() {
        VERIFIER.verifyThat(PublicHolidayCoverageRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.monthly(4_000_000, 209))
                        .dailyShifts("E1", "2027-12-27", 5, "09:00", "18:00", "12:00-13:00"))
                .between("2027-12-27", "2028-01-02")
                .hasNoFindings();
    }

    @Test
    void aDateTheWorkplaceDeclaresItselfIsNotQuestioned() {
        VERIFIER.verifyThat(PublicHolidayCoverageRule.class)
                .given(Kr.withAgreement().day("2028-01-01", DayType.AGREED_HOLIDAY).employee("E1", e -> e.monthly(4_000_000, 209))
                        .shift("E1", "2028-01-01T09:00", "2028-01-01T18:00", "12:00-13:00"))
                .between("2027-12-27", "2028-01-02")
                .hasNoFindings();
    }
}
