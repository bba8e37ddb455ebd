package org.worktime.jp.rules;

import static org.worktime.jp.rules.Jp.VERIFIER;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class HighlyProfessionalSystemTestTest {

    @Test
    @CleanFixture
    void aConsentingConsultantPaidTwelveMillionIsCovered() {
        VERIFIER.verifyThat(HighlyProfessionalSystemTest.class)
                .given(Hps.longWeekdays(Hps.covered(1_000_000), 30))
                .decides("E1", "2026-04-15").isExempt()
                .condition("job-type", Verdict.EXEMPT).condition("annual-wage", Verdict.EXEMPT).condition("consent", Verdict.EXEMPT)
                .condition("days-off-4-weeks", Verdict.EXEMPT).condition("days-off-year", Verdict.EXEMPT)
                .condition("selective-measure", Verdict.EXEMPT);
    }

    /**
     * A wage in won is compared at the rate the user stated: KRW 9,000,000 a month is 108 M a year, JPY 11,054,247
     * at 1 JPY = 9.77 KRW (covered); at 1 JPY = 10.10 KRW it is JPY 10,693,069 (not); with no rate, indeterminate.
     */
    @Test
    void aWageInAnotherCurrencyIsComparedAtAStatedRate() {
        Scenario s = Hps.longWeekdays(Jp.workplace().agreementRecord(Hps.resolution("interval"))
                .employee("E1", e -> e.monthly(9_000_000, 209).attribute(HighlyProfessionalSystemTest.JOB_TYPE, "consulting"))
                .attest("E1", HighlyProfessionalSystemTest.CONSENT, "2026-04-01", null), 30);
        var rate977 = org.worktime.core.exempt.ExchangeRates.of(java.util.List.of(new org.worktime.core.exempt.ExchangeRate(
                org.joda.money.CurrencyUnit.JPY, org.joda.money.CurrencyUnit.of("KRW"), new java.math.BigDecimal("9.77"),
                java.time.LocalDate.of(2026, 4, 1), "stated")));
        var covered = VERIFIER.verifyThat(HighlyProfessionalSystemTest.class).given(s).decides("E1", "2026-04-15", rate977).isExempt();
        org.assertj.core.api.Assertions.assertThat(covered.eligibility().evidence().stream()
                .filter(e -> e.key().equals("annual-wage")).findFirst().orElseThrow().observed().in(org.worktime.core.i18n.Language.EN))
                .startsWith("11,054,247 JPY (108,000,000 KRW at 1 KRW = 0.10235").endsWith(" certain in the year from 2026-04-01");
        var rate1010 = org.worktime.core.exempt.ExchangeRates.of(java.util.List.of(new org.worktime.core.exempt.ExchangeRate(
                org.joda.money.CurrencyUnit.JPY, org.joda.money.CurrencyUnit.of("KRW"), new java.math.BigDecimal("10.10"),
                java.time.LocalDate.of(2026, 4, 1), "stated")));
        VERIFIER.verifyThat(HighlyProfessionalSystemTest.class).given(s).decides("E1", "2026-04-15", rate1010).isNotExempt()
                .condition("annual-wage", Verdict.NOT_EXEMPT);
        VERIFIER.verifyThat(HighlyProfessionalSystemTest.class).given(s).decides("E1", "2026-04-15").isIndeterminate()
                .missing("an exchange rate from KRW to JPY");
    }

    @Test
    @ViolatingFixture
    void nineAndAHalfMillionIsBelowTheThreshold() {
        // 791,666 x 12 = 9,499,992 < 10,750,000.
        VERIFIER.verifyThat(HighlyProfessionalSystemTest.class)
                .given(Hps.longWeekdays(Hps.covered(791_666), 30))
                .decides("E1", "2026-04-15").isNotExempt().condition("annual-wage", Verdict.NOT_EXEMPT);
    }

    @Test
    void aGuaranteedBonusCountsTowardTheWageAPerformanceBonusDoesNot() {
        Scenario s = Hps.longWeekdays(Hps.covered(800_000), 30)
                .earningRecord(new org.worktime.core.domain.Earning("E1", "bonus", Jp.jpy(1_150_000),
                        org.threeten.extra.LocalDateRange.ofClosed(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)), null,
                        java.util.Map.of("guaranteed", "true")));
        // 9,600,000 + 1,150,000 = 10,750,000: exactly the threshold.
        VERIFIER.verifyThat(HighlyProfessionalSystemTest.class).given(s).decides("E1", "2026-04-15").isExempt();
        Scenario performance = Hps.longWeekdays(Hps.covered(800_000), 30)
                .earning("E1", "bonus", "JPY", "1150000", "2026-06-01", "2026-06-30");
        VERIFIER.verifyThat(HighlyProfessionalSystemTest.class).given(performance).decides("E1", "2026-04-15").isNotExempt();
    }

    @Test
    void withoutConsentOnFileTheAnswerIsIndeterminate() {
        Scenario s = Jp.workplace().agreementRecord(Hps.resolution("interval"))
                .employee("E1", e -> e.wage(Jp.yen(1_000_000)).attribute(HighlyProfessionalSystemTest.JOB_TYPE, "consulting"));
        VERIFIER.verifyThat(HighlyProfessionalSystemTest.class).given(Hps.longWeekdays(s, 30))
                .decides("E1", "2026-04-15").isIndeterminate().missing("jp.hps.consent");
    }

    @Test
    void aJobOutsideTheListIsNotCovered() {
        Scenario s = Jp.workplace().agreementRecord(Hps.resolution("interval"))
                .employee("E1", e -> e.wage(Jp.yen(1_000_000)).attribute(HighlyProfessionalSystemTest.JOB_TYPE, "sales"))
                .attest("E1", HighlyProfessionalSystemTest.CONSENT, "2026-04-01", null);
        VERIFIER.verifyThat(HighlyProfessionalSystemTest.class).given(Hps.longWeekdays(s, 30))
                .decides("E1", "2026-04-15").isNotExempt().condition("job-type", Verdict.NOT_EXEMPT);
    }

    @Test
    void aResolutionWithoutFourFifthsIsNotEnough() {
        Scenario s = Jp.workplace().agreementRecord(new org.worktime.core.domain.Agreement(HighlyProfessionalSystemTest.RESOLUTION,
                        org.threeten.extra.LocalDateRange.ofClosed(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)), java.util.Set.of(),
                        java.util.Map.of("selectiveMeasure", "interval", "membersFor", "3", "members", "5")))
                .employee("E1", e -> e.wage(Jp.yen(1_000_000)).attribute(HighlyProfessionalSystemTest.JOB_TYPE, "consulting"))
                .attest("E1", HighlyProfessionalSystemTest.CONSENT, "2026-04-01", null);
        VERIFIER.verifyThat(HighlyProfessionalSystemTest.class).given(Hps.longWeekdays(s, 30))
                .decides("E1", "2026-04-15").isNotExempt().condition("resolution", Verdict.NOT_EXEMPT);
    }

    @Test
    void twentySixDaysWorkedInTheFirstFourWeeksFailTheDaysOff() {
        Scenario s = Hps.covered(1_000_000).dailyShifts("E1", "2026-04-01", 26, "09:00", "18:00", "12:00-13:00");
        VERIFIER.verifyThat(HighlyProfessionalSystemTest.class).given(s)
                .decides("E1", "2026-04-10").isNotExempt().condition("days-off-4-weeks", Verdict.NOT_EXEMPT)
                .condition("days-off-year", Verdict.EXEMPT);
    }

    @Test
    void aDayOfAnnualLeaveIsNotAnHpsDayOffOtherLeaveIs() {
        // 24 days worked from 2026-04-01 leave exactly 4 days off in the four weeks; annual leave on one of them leaves 3.
        Scenario clean = Hps.covered(1_000_000).dailyShifts("E1", "2026-04-01", 24, "09:00", "18:00", "12:00-13:00");
        VERIFIER.verifyThat(HighlyProfessionalSystemTest.class).given(clean)
                .decides("E1", "2026-04-10").condition("days-off-4-weeks", Verdict.EXEMPT);
        Scenario annual = Hps.covered(1_000_000).dailyShifts("E1", "2026-04-01", 24, "09:00", "18:00", "12:00-13:00")
                .leave("E1", org.worktime.core.domain.Leave.Kind.ANNUAL, "2026-04-27", "2026-04-27");
        VERIFIER.verifyThat(HighlyProfessionalSystemTest.class).given(annual)
                .decides("E1", "2026-04-10").isNotExempt().condition("days-off-4-weeks", Verdict.NOT_EXEMPT);
        Scenario sick = Hps.covered(1_000_000).dailyShifts("E1", "2026-04-01", 24, "09:00", "18:00", "12:00-13:00")
                .leave("E1", org.worktime.core.domain.Leave.Kind.SICK, "2026-04-27", "2026-04-27");
        VERIFIER.verifyThat(HighlyProfessionalSystemTest.class).given(sick)
                .decides("E1", "2026-04-10").condition("days-off-4-weeks", Verdict.EXEMPT);
    }

    @Test
    void aRestOfTenHoursFailsTheIntervalMeasure() {
        Scenario s = Hps.covered(1_000_000).shift("E1", "2026-04-06T09:00", "2026-04-06T23:00", "12:00-13:00")
                .shift("E1", "2026-04-07T09:00", "2026-04-07T18:00", "12:00-13:00");
        VERIFIER.verifyThat(HighlyProfessionalSystemTest.class).given(s)
                .decides("E1", "2026-04-20").isNotExempt().condition("selective-measure", Verdict.NOT_EXEMPT);
    }

    @Test
    void fiveLateNightsInAMonthFailTheIntervalMeasure() {
        Scenario s = Hps.covered(1_000_000);
        for (int d = 6; d <= 10; d++) {
            s.shift("E1", "2026-04-%02dT12:00".formatted(d), "2026-04-%02dT22:30".formatted(d), "15:00-16:00");
        }
        VERIFIER.verifyThat(HighlyProfessionalSystemTest.class).given(s)
                .decides("E1", "2026-04-20").isNotExempt().condition("selective-measure", Verdict.NOT_EXEMPT);
    }

    @Test
    void theCapMeasureCountsTimeBeyondFortyHoursAWeek() {
        // 30 days of April: 40 h x 30/7 = 171:25 allowed before the cap counts; 22 weekdays of 13 h = 286 h: 114:34 beyond > 100 h.
        Scenario s = Jp.workplace().agreementRecord(Hps.resolution("cap"))
                .employee("E1", e -> e.wage(Jp.yen(1_000_000)).attribute(HighlyProfessionalSystemTest.JOB_TYPE, "research-development"))
                .attest("E1", HighlyProfessionalSystemTest.CONSENT, "2026-04-01", null);
        LocalDate d = LocalDate.of(2026, 4, 1);
        for (int i = 0; i < 30; i++, d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                s.shift("E1", d + "T08:00", d + "T21:00");
            }
        }
        VERIFIER.verifyThat(HighlyProfessionalSystemTest.class).given(s)
                .decides("E1", "2026-04-15").isNotExempt().condition("selective-measure", Verdict.NOT_EXEMPT);
    }

    @Test
    void beforeApril2019TheSystemDidNotExist() {
        VERIFIER.verifyThat(HighlyProfessionalSystemTest.class).given(Hps.covered(1_000_000))
                .decides("E1", "2019-03-31").isNotExempt();
    }

    @Test
    void aBlockThatStartsOnDaysOffIsStillRecorded() {
        // Resolution from Saturday 2026-04-04: the first two days have no work, the rest of the block has.
        Scenario s = Jp.workplace().agreementRecord(new org.worktime.core.domain.Agreement(HighlyProfessionalSystemTest.RESOLUTION,
                        org.threeten.extra.LocalDateRange.ofClosed(LocalDate.of(2026, 4, 4), LocalDate.of(2027, 4, 3)), java.util.Set.of(),
                        java.util.Map.of("selectiveMeasure", "interval")))
                .employee("E1", e -> e.wage(Jp.yen(1_000_000)).attribute(HighlyProfessionalSystemTest.JOB_TYPE, "dealing"))
                .attest("E1", HighlyProfessionalSystemTest.CONSENT, "2026-04-01", null);
        VERIFIER.verifyThat(HighlyProfessionalSystemTest.class).given(Hps.longWeekdays(s, 30))
                .decides("E1", "2026-04-04").isExempt().condition("health-time", Verdict.EXEMPT);
        Scenario nothing = Jp.workplace().agreementRecord(Hps.resolution("interval"))
                .employee("E1", e -> e.wage(Jp.yen(1_000_000)).attribute(HighlyProfessionalSystemTest.JOB_TYPE, "dealing"))
                .attest("E1", HighlyProfessionalSystemTest.CONSENT, "2026-04-01", null);
        VERIFIER.verifyThat(HighlyProfessionalSystemTest.class).given(nothing)
                .decides("E1", "2026-04-04").isIndeterminate().missing("health management time");
    }
}
