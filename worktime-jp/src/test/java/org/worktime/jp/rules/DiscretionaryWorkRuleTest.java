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
        return professional("ma-advisory", "information-systems,ma-advisory", LocalDate.of(2026, 1, 1), Jp.MONDAY);
    }

    /** Professional work from {@code from} with deemed hours 9; five 12-hour days from {@code monday}. */
    private static Scenario professional(String job, String jobTypes, LocalDate from, String monday) {
        return Jp.withAgreement().agreementRecord(new Agreement(Arrangement.PROFESSIONAL,
                        LocalDateRange.ofClosed(from, LocalDate.of(2026, 12, 31)), Set.of(), Map.of("deemedHours", "9h", "jobTypes", jobTypes)))
                .employee("E1", e -> e.hourly("JPY", BigDecimal.valueOf(2000)).attribute(JpSubjects.DISCRETIONARY_JOB, job))
                .dailyShifts("E1", monday, 5, "08:00", "21:00", "12:00-13:00");
    }

    private static Scenario planning(Map<String, String> terms) {
        Map<String, String> all = new java.util.HashMap<>(terms);
        all.put("deemedHours", "9h");
        return Jp.withAgreement().agreementRecord(new Agreement(Arrangement.PLANNING,
                        LocalDateRange.ofClosed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), Set.of(), all))
                .employee("E1", e -> e.hourly("JPY", BigDecimal.valueOf(2000)))
                .attest("E1", JpSubjects.DISCRETIONARY_CONSENT, "2026-01-01", null)
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

    @Test
    void mAndAAdvisoryIsAProfessionalJobOnlyFromApril2024() {
        // Week of Monday 2024-03-11: 19 types, M&A advisory not among them; the hours worked count (5 x 4 h = 20 h, 50,000).
        Scenario march = professional("ma-advisory", "ma-advisory", LocalDate.of(2024, 1, 1), "2024-03-11");
        VERIFIER.verifyThat(DiscretionaryWorkRule.class).given(march).between("2024-03-11", "2024-03-17").violations(5);
        org.assertj.core.api.Assertions.assertThat(VERIFIER.verifyThat(DiscretionaryWorkRule.class).given(march).between("2024-03-11", "2024-03-17")
                .findings().get(0).message().en()).contains("the job type 'ma-advisory' is not one of the 19 professional job types in force on 2024-03-11");
        org.assertj.core.api.Assertions.assertThat(VERIFIER.verifyThat(OvertimePremiumRule.class).given(march).between("2024-03-11", "2024-03-17")
                .totalPaid()).isEqualByComparingTo("50000");
        // Week of Monday 2024-04-08, with consent: 20 types, valid; 5 x 1 h = 5 h, 12,500.
        Scenario april = professional("ma-advisory", "ma-advisory", LocalDate.of(2024, 1, 1), "2024-04-08")
                .attest("E1", JpSubjects.DISCRETIONARY_CONSENT, "2024-04-01", null);
        VERIFIER.verifyThat(DiscretionaryWorkRule.class).given(april).between("2024-04-08", "2024-04-14").hasNoFindings();
        org.assertj.core.api.Assertions.assertThat(VERIFIER.verifyThat(OvertimePremiumRule.class).given(april).between("2024-04-08", "2024-04-14")
                .totalPaid()).isEqualByComparingTo("12500");
    }

    @Test
    void aJobTheAgreementDoesNotNameOrNoJobAtAllIsNotDiscretionary() {
        Scenario notNamed = professional("attorney", "information-systems", LocalDate.of(2026, 1, 1), Jp.MONDAY)
                .attest("E1", JpSubjects.DISCRETIONARY_CONSENT, "2026-01-01", null);
        VERIFIER.verifyThat(DiscretionaryWorkRule.class).given(notNamed).between(Jp.MONDAY, Jp.SUNDAY).violations(5);
        org.assertj.core.api.Assertions.assertThat(VERIFIER.verifyThat(DiscretionaryWorkRule.class).given(notNamed).between(Jp.MONDAY, Jp.SUNDAY)
                .findings().get(0).message().en()).contains("the agreement does not name the job type 'attorney' (term jobTypes); the hours actually worked count");
        Scenario sales = professional("sales", "sales", LocalDate.of(2026, 1, 1), Jp.MONDAY)
                .attest("E1", JpSubjects.DISCRETIONARY_CONSENT, "2026-01-01", null);
        org.assertj.core.api.Assertions.assertThat(VERIFIER.verifyThat(DiscretionaryWorkRule.class).given(sales).between(Jp.MONDAY, Jp.SUNDAY)
                .findings().get(0).message().en()).contains("the job type 'sales' is not one of the 20 professional job types in force on 2026-03-09");
    }

    @Test
    void planningWorkNeedsFourFifthsOfTheCommittee() {
        Scenario short_ = planning(Map.of("membersFor", "7", "members", "10"));
        VERIFIER.verifyThat(DiscretionaryWorkRule.class).given(short_).between(Jp.MONDAY, Jp.SUNDAY).violations(5);
        org.assertj.core.api.Assertions.assertThat(VERIFIER.verifyThat(DiscretionaryWorkRule.class).given(short_).between(Jp.MONDAY, Jp.SUNDAY)
                .findings().get(0).message().en()).contains("the committee resolved by 7 of 10 members, less than 0.8 of them");
        org.assertj.core.api.Assertions.assertThat(VERIFIER.verifyThat(OvertimePremiumRule.class).given(short_).between(Jp.MONDAY, Jp.SUNDAY)
                .totalPaid()).isEqualByComparingTo("50000");
        Scenario unstated = planning(Map.of());
        org.assertj.core.api.Assertions.assertThat(VERIFIER.verifyThat(DiscretionaryWorkRule.class).given(unstated).between(Jp.MONDAY, Jp.SUNDAY)
                .findings().get(0).message().en()).contains("the committee resolution's vote (terms membersFor and members) is not stated");
        Scenario enough = planning(Map.of("membersFor", "8", "members", "10"));
        VERIFIER.verifyThat(DiscretionaryWorkRule.class).given(enough).between(Jp.MONDAY, Jp.SUNDAY).hasNoFindings();
        org.assertj.core.api.Assertions.assertThat(VERIFIER.verifyThat(OvertimePremiumRule.class).given(enough).between(Jp.MONDAY, Jp.SUNDAY)
                .totalPaid()).isEqualByComparingTo("12500");
    }
}
