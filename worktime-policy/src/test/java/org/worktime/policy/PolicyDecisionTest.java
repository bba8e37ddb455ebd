package org.worktime.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.policy.Fixtures.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.worktime.core.i18n.Language;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.domain.Attestation;
import org.worktime.core.domain.Earning;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Shift;
import org.worktime.core.domain.Wage;
import org.worktime.core.domain.Workplace;
import org.worktime.core.exempt.Eligibility;
import org.worktime.core.exempt.Evidence;
import org.worktime.core.exempt.ExchangeRate;
import org.worktime.core.exempt.ExchangeRates;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.Verdict;

/** Each shipped policy's decision at its boundaries: one won (cent, yen) below and at each threshold. */
class PolicyDecisionTest {

    static final LocalDate ON = LocalDate.of(2027, 3, 31);

    static ExemptionQuery query(Workplace wp, Employee e, List<Earning> earnings, List<Attestation> attestations, List<Shift> shifts,
            ExchangeRates rates) {
        return new ExemptionQuery(e, wp, ON, PACK.parameters(), earnings, attestations, shifts, rates);
    }

    static Evidence evidence(Eligibility e, String key) {
        return e.evidence().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError("no evidence " + key
                + " in " + e.evidence()));
    }

    @Nested
    class HighIncome {
        final PolicyExemptionTest test = example("kr-high-income-white-collar.yaml");
        final Workplace wp = workplace("J62", List.of());
        final String subject = "kr.proposal.high-income.consent";

        Eligibility decide(Wage wage, List<Earning> bonuses, boolean consent) {
            Employee e = employee("E1", wage, "research", LocalDate.of(2020, 1, 1));
            return test.decide(query(wp, e, bonuses, consent ? List.of(Fixtures.consent("E1", subject, true)) : List.of(), List.of(),
                    ExchangeRates.none()));
        }

        @Test
        void metadataComesFromTheFile() {
            assertThat(test.info().id()).isEqualTo("KR-PROPOSAL-HIGH-INCOME");
            assertThat(test.regime().id()).isEqualTo("KR-PROPOSAL-HIGH-INCOME");
            assertThat(test.regime().currency()).isEqualTo("KRW");
            assertThat(test.info().effective().getStart()).isEqualTo(LocalDate.of(2027, 1, 1));
            assertThat(test.info().isEffectiveOn(LocalDate.of(2026, 12, 31))).isFalse();
            assertThat(test.policy().lifts("KR-LSA-56-1")).isTrue();
            assertThat(test.policy().lifts("KR-LSA-56-3")).isFalse();
            assertThat(test.policy().lifts("KR-LSA-5")).isFalse();
        }

        @Test
        void asAnExemptionTestItIsGroupedUnderItsRegimeOnlyWhileEffective() {
            Employee e = employee("E1", yearly("KRW", "150000000"), "research", LocalDate.of(2020, 1, 1));
            var onDate = query(wp, e, List.of(), List.of(Fixtures.consent("E1", subject, true)), List.of(), ExchangeRates.none());
            var decisions = org.worktime.core.exempt.Exemptions.decide(onDate, List.of(test));
            assertThat(decisions).hasSize(1);
            assertThat(decisions.get(0).regime().id()).isEqualTo("KR-PROPOSAL-HIGH-INCOME");
            assertThat(decisions.get(0).verdict()).isEqualTo(Verdict.EXEMPT);
            var before = new ExemptionQuery(e, wp, LocalDate.of(2026, 12, 31), PACK.parameters(), List.of(), List.of(), List.of(), null);
            assertThat(org.worktime.core.exempt.Exemptions.decide(before, List.of(test))).isEmpty();
        }

        @Test
        void oneWonBelowTheThresholdIsNotExempt() {
            Eligibility e = decide(yearly("KRW", "99999999"), List.of(), true);
            assertThat(e.verdict()).isEqualTo(Verdict.NOT_EXEMPT);
            assertThat(evidence(e, "salary.level").observed().in(Language.EN)).isEqualTo("KRW 99,999,999 a year");
            assertThat(evidence(e, "salary.level").threshold().in(Language.EN)).startsWith("KRW 100,000,000 a year");
        }

        @Test
        void atTheThresholdIsExempt() {
            Eligibility e = decide(yearly("KRW", "100000000"), List.of(), true);
            assertThat(e.verdict()).isEqualTo(Verdict.EXEMPT);
        }

        @Test
        void bonusesCountOneWonBelowAndAt() {
            // 8,000,000 x 12 = 96,000,000 of monthly wage, plus a bonus earned over 2026
            LocalDateRange y2026 = LocalDateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
            Earning below = Earning.of("E1", "bonus", Money.ofMajor(KRW, 3_999_999), y2026);
            Earning at = Earning.of("E1", "bonus", Money.ofMajor(KRW, 4_000_000), y2026);
            assertThat(decide(monthly(8_000_000), List.of(below), true).verdict()).isEqualTo(Verdict.NOT_EXEMPT);
            assertThat(decide(monthly(8_000_000), List.of(at), true).verdict()).isEqualTo(Verdict.EXEMPT);
            // a bonus earned over a year that ended more than a year before the date does not count
            Earning old = Earning.of("E1", "bonus", Money.ofMajor(KRW, 4_000_000), LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)));
            assertThat(decide(monthly(8_000_000), List.of(old), true).verdict()).isEqualTo(Verdict.NOT_EXEMPT);
        }

        @Test
        void missingConsentIsIndeterminateAndNamed() {
            Eligibility e = decide(yearly("KRW", "150000000"), List.of(), false);
            assertThat(e.verdict()).isEqualTo(Verdict.INDETERMINATE);
            assertThat(e.missing()).extracting(t -> t.en()).containsExactly("an attestation 'kr.proposal.high-income.consent' covering 2027-03-31");
        }

        @Test
        void refusedConsentIsNotExempt() {
            Employee e = employee("E1", yearly("KRW", "150000000"), "research", LocalDate.of(2020, 1, 1));
            Eligibility d = test.decide(query(wp, e, List.of(), List.of(Fixtures.consent("E1", subject, false)), List.of(), ExchangeRates.none()));
            assertThat(d.verdict()).isEqualTo(Verdict.NOT_EXEMPT);
            assertThat(evidence(d, "requires.consent").observed().in(Language.EN)).isEqualTo("refusal attested by HR (Park) on 2026-12-01 (signed form)");
        }

        @Test
        void hourlyPaidAndUnknownWageAndJobFamily() {
            assertThat(decide(new Wage.Hourly(Money.ofMajor(KRW, 100_000)), List.of(), true).verdict()).isEqualTo(Verdict.NOT_EXEMPT);
            assertThat(decide(null, List.of(), true).verdict()).isEqualTo(Verdict.INDETERMINATE);
            Employee noFamily = employee("E1", yearly("KRW", "150000000"), null, LocalDate.of(2020, 1, 1));
            Eligibility d = test.decide(query(wp, noFamily, List.of(), List.of(Fixtures.consent("E1", subject, true)), List.of(), ExchangeRates.none()));
            assertThat(d.verdict()).isEqualTo(Verdict.INDETERMINATE);
            assertThat(d.missing()).extracting(t -> t.en()).containsExactly("the employee attribute 'jobFamily'");
            Employee ops = employee("E1", yearly("KRW", "150000000"), "operations", LocalDate.of(2020, 1, 1));
            assertThat(test.decide(query(wp, ops, List.of(), List.of(Fixtures.consent("E1", subject, true)), List.of(), ExchangeRates.none()))
                    .verdict()).isEqualTo(Verdict.NOT_EXEMPT);
        }

        @Test
        void failedHealthMeasureRestBetweenWorkdays() {
            Employee e = employee("E1", yearly("KRW", "150000000"), "research", LocalDate.of(2020, 1, 1));
            List<Attestation> consent = List.of(Fixtures.consent("E1", subject, true));
            // 10 h 59 min between the end of Monday's shift and Tuesday's start: one minute short of 11 h
            List<Shift> shortRest = List.of(shift("E1", "2027-03-29T09:00", "2027-03-29T22:01"), shift("E1", "2027-03-30T09:00", "2027-03-30T18:00"));
            Eligibility d = test.decide(query(wp, e, List.of(), consent, shortRest, ExchangeRates.none()));
            assertThat(d.verdict()).isEqualTo(Verdict.NOT_EXEMPT);
            assertThat(evidence(d, "health.restBetweenWorkdays").observed().in(Language.EN)).isEqualTo("1 breach, first 2027-03-30: 10 h 59 min against 11 h");
            List<Shift> exactRest = List.of(shift("E1", "2027-03-29T09:00", "2027-03-29T22:00"), shift("E1", "2027-03-30T09:00", "2027-03-30T18:00"));
            assertThat(test.decide(query(wp, e, List.of(), consent, exactRest, ExchangeRates.none())).verdict()).isEqualTo(Verdict.EXEMPT);
            // the status alone (who is covered) ignores health measures
            assertThat(test.decideStatus(query(wp, e, List.of(), consent, shortRest, ExchangeRates.none())).verdict()).isEqualTo(Verdict.EXEMPT);
        }

        @Test
        void failedHealthMeasureDaysOff() {
            Employee e = employee("E1", yearly("KRW", "150000000"), "research", LocalDate.of(2020, 1, 1));
            List<Attestation> consent = List.of(Fixtures.consent("E1", subject, true));
            // 25 working days in the 28 days ending on 2027-03-31 (2027-03-04 .. 2027-03-31): 3 days off, 4 required
            List<Shift> shifts = new ArrayList<>();
            for (LocalDate d = LocalDate.of(2027, 3, 4); !d.isAfter(ON); d = d.plusDays(1)) {
                if (d.getDayOfMonth() != 7 && d.getDayOfMonth() != 14 && d.getDayOfMonth() != 21) {
                    shifts.add(shift("E1", d + "T09:00", d + "T17:00"));
                }
            }
            Eligibility d = test.decide(query(wp, e, List.of(), consent, shifts, ExchangeRates.none()));
            assertThat(d.verdict()).isEqualTo(Verdict.NOT_EXEMPT);
            assertThat(evidence(d, "health.daysOff.per4Weeks").observed().in(Language.EN)).isEqualTo("1 breach, first 2027-03-04: 3 days against 4");
        }
    }

    @Nested
    class AdoptsUsRule {
        final PolicyExemptionTest test = example("kr-adopts-us-rule.yaml");
        final Workplace wp = workplace("J62", List.of());

        Verdict decide(Wage wage, ExchangeRates rates) {
            return test.decide(query(wp, employee("E1", wage, "engineering", LocalDate.of(2020, 1, 1)), List.of(), List.of(), List.of(), rates)).verdict();
        }

        @Test
        void thresholdConvertedAtTheFilesStatedRate() {
            // USD 107,432 x 1380.5 = KRW 148,309,876 exactly
            assertThat(decide(yearly("KRW", "148309875"), ExchangeRates.none())).isEqualTo(Verdict.NOT_EXEMPT);
            assertThat(decide(yearly("KRW", "148309876"), ExchangeRates.none())).isEqualTo(Verdict.EXEMPT);
            Eligibility e = test.decide(query(wp, employee("E1", yearly("KRW", "148309876"), "engineering", LocalDate.of(2020, 1, 1)), List.of(), List.of(),
                    List.of(), ExchangeRates.none()));
            assertThat(evidence(e, "salary.level").threshold().in(Language.EN))
                    .isEqualTo("USD 107,432.00 a year = KRW 148,309,876 at 1 USD = 1380.5 KRW (2026-11-02, assumed for the example; not a published fixing)"
                            + " (policy KR-ADOPTS-US-HCE from 2027-01-01)");
        }

        @Test
        void aDollarSalaryOneCentBelowAndAt() {
            assertThat(decide(yearly("USD", "107431.99"), ExchangeRates.none())).isEqualTo(Verdict.NOT_EXEMPT);
            assertThat(decide(yearly("USD", "107432.00"), ExchangeRates.none())).isEqualTo(Verdict.EXEMPT);
        }

        @Test
        void theCommandLinesRateWins() {
            ExchangeRates cli = ExchangeRates.of(List.of(new ExchangeRate(CurrencyUnit.USD, KRW, new java.math.BigDecimal("1400"),
                    LocalDate.of(2026, 11, 20), "--rate")));
            // USD 107,432 x 1400 = KRW 150,404,800
            assertThat(decide(yearly("KRW", "150404799"), cli)).isEqualTo(Verdict.NOT_EXEMPT);
            assertThat(decide(yearly("KRW", "150404800"), cli)).isEqualTo(Verdict.EXEMPT);
        }

        @Test
        void withoutAStatedRateItIsIndeterminate() {
            Policy noRate = new Policy("X", test.policy().name(), ON, null, test.policy().citation(), "KRW", List.of("KR-LSA-53"),
                    test.policy().salary(), null, null, null, List.of(), "");
            Eligibility e = new PolicyExemptionTest(noRate).decide(query(wp, employee("E1", yearly("KRW", "900000000"), "x", null), List.of(), List.of(),
                    List.of(), ExchangeRates.none()));
            assertThat(e.verdict()).isEqualTo(Verdict.INDETERMINATE);
            assertThat(e.missing()).extracting(t -> t.en())
                    .containsExactly("an exchange rate USD/KRW (state it in the policy file's rates or with --rate)");
        }
    }

    @Nested
    class AdoptsJapaneseRule {
        final PolicyExemptionTest test = example("kr-adopts-japan-rule.yaml");
        final Agreement resolution = Agreement.of("KR-PROPOSAL-HPS-RESOLUTION", LocalDateRange.of(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1)));
        final String subject = "kr.proposal.hps.consent";

        Verdict decide(Wage wage, List<Agreement> agreements, List<Earning> earnings) {
            Employee e = employee("E1", wage, "research", LocalDate.of(2020, 1, 1));
            return test.decide(query(workplace("M70", agreements), e, earnings, List.of(Fixtures.consent("E1", subject, true)), List.of(),
                    ExchangeRates.none())).verdict();
        }

        @Test
        void oneWonBelowAndAtTheConvertedThreshold() {
            // JPY 10,750,000 x 9.77 = KRW 105,027,500
            assertThat(decide(yearly("KRW", "105027499"), List.of(resolution), List.of())).isEqualTo(Verdict.NOT_EXEMPT);
            assertThat(decide(yearly("KRW", "105027500"), List.of(resolution), List.of())).isEqualTo(Verdict.EXEMPT);
        }

        @Test
        void oneYenBelowAndAt() {
            assertThat(decide(yearly("JPY", "10749999"), List.of(resolution), List.of())).isEqualTo(Verdict.NOT_EXEMPT);
            assertThat(decide(yearly("JPY", "10750000"), List.of(resolution), List.of())).isEqualTo(Verdict.EXEMPT);
        }

        @Test
        void bonusesDoNotCountForTheWageCertainToBePaid() {
            Earning bonus = Earning.of("E1", "bonus", Money.ofMajor(KRW, 50_000_000), LocalDateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)));
            assertThat(decide(yearly("KRW", "105027499"), List.of(resolution), List.of(bonus))).isEqualTo(Verdict.NOT_EXEMPT);
        }

        @Test
        void withoutTheCommitteeResolutionItIsNotExempt() {
            assertThat(decide(yearly("KRW", "200000000"), List.of(), List.of())).isEqualTo(Verdict.NOT_EXEMPT);
        }
    }

    @Nested
    class SemiconductorRd {
        final PolicyExemptionTest test = example("kr-semiconductor-rd.yaml");
        final Agreement agreement = Agreement.of("KR-PROPOSAL-SEMI-RD", LocalDateRange.of(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1)));

        Eligibility decide(String industry, List<Agreement> agreements, Wage wage, List<Shift> shifts) {
            return test.decide(query(workplace(industry, agreements), employee("E1", wage, "research", LocalDate.of(2020, 1, 1)), List.of(), List.of(),
                    shifts, ExchangeRates.none()));
        }

        @Test
        void coversSemiconductorRdWithTheAgreementAtTheThreshold() {
            assertThat(decide("C2611", List.of(agreement), yearly("KRW", "100000000"), List.of()).verdict()).isEqualTo(Verdict.EXEMPT);
            assertThat(decide("C2611", List.of(agreement), yearly("KRW", "99999999"), List.of()).verdict()).isEqualTo(Verdict.NOT_EXEMPT);
        }

        @Test
        void notAnotherIndustryNorWithoutTheAgreementNorWithoutAnIndustry() {
            assertThat(decide("J62", List.of(agreement), yearly("KRW", "200000000"), List.of()).verdict()).isEqualTo(Verdict.NOT_EXEMPT);
            Eligibility none = decide("C261", List.of(), yearly("KRW", "200000000"), List.of());
            assertThat(none.verdict()).isEqualTo(Verdict.NOT_EXEMPT);
            assertThat(evidence(none, "requires.agreement").observed().in(Language.EN)).isEqualTo("no agreement KR-PROPOSAL-SEMI-RD covers E1 on 2027-03-31");
            Eligibility unknown = decide(null, List.of(agreement), yearly("KRW", "200000000"), List.of());
            assertThat(unknown.verdict()).isEqualTo(Verdict.INDETERMINATE);
            assertThat(unknown.missing()).extracting(t -> t.en()).containsExactly("the workplace attribute 'industry' (KSIC code)");
        }

        @Test
        void aWeekAbove64HoursFailsTheHealthMeasure() {
            // Mon-Fri 13 h a day (65 h) in the week of 2027-03-22: 1 h over the 64 h cap; rest 11 h between days is kept
            List<Shift> shifts = new ArrayList<>();
            for (int d = 22; d <= 26; d++) {
                shifts.add(shift("E1", "2027-03-" + d + "T08:00", "2027-03-" + d + "T21:00"));
            }
            Eligibility e = decide("C261", List.of(agreement), yearly("KRW", "200000000"), shifts);
            assertThat(e.verdict()).isEqualTo(Verdict.NOT_EXEMPT);
            assertThat(evidence(e, "health.weeklyCap").observed().in(Language.EN)).isEqualTo("1 breach, first 2027-03-22: 65 h against 64 h");
            assertThat(evidence(e, "health.restBetweenWorkdays").isMet()).isTrue();
        }
    }
}
