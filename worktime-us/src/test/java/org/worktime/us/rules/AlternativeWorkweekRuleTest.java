package org.worktime.us.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.us.rules.Us.VERIFIER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.finding.Severity;
import org.worktime.core.pay.PayLine;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

/**
 * Labor Code 511: a 4 x 10 schedule (Monday to Thursday, 10 h) voted on 2026-02-02 after a disclosure of 2026-01-15 and
 * reported on 2026-02-20, for an employee at USD 20 an hour, in the week of Sunday 2026-03-15 (Friday is 2026-03-20).
 */
class AlternativeWorkweekRuleTest {

    private static String describe(PayLine p) {
        return p.kind() + " " + org.worktime.core.time.Durations.hoursAndMinutes(p.seconds()) + " x" + p.multiplier().stripTrailingZeros().toPlainString()
                + " = " + p.amount().getAmount();
    }

    private static Map<String, String> terms() {
        Map<String, String> t = new HashMap<>();
        t.put("schedule", "MON-THU 10h");
        t.put("voteDate", "2026-02-02");
        t.put("voteShare", "15/20");
        t.put("disclosureDate", "2026-01-15");
        t.put("reportDate", "2026-02-20");
        return t;
    }

    private static Scenario fourTens(Map<String, String> terms) {
        return Us.california().agreementRecord(new Agreement(AlternativeWorkweek.KIND,
                        LocalDateRange.of(LocalDate.of(2026, 3, 2), LocalDate.MAX), Set.of(), terms))
                .employee("E1", e -> e.hourly("USD", new BigDecimal("20")))
                .dailyShifts("E1", Us.MONDAY, 4, "07:00", "17:00");
    }

    private static Map<String, String> with(String key, String value) {
        Map<String, String> t = terms();
        if (value == null) {
            t.remove(key);
        } else {
            t.put(key, value);
        }
        return t;
    }

    private static VerifierOutcome pay(Scenario s) {
        return new VerifierOutcome(VERIFIER.verifyThat(CaliforniaOvertimeRule.class).given(s).between(Us.SUNDAY, Us.SATURDAY));
    }

    private record VerifierOutcome(org.worktime.core.testing.RuleVerifier.Outcome outcome) {
        java.util.List<String> lines() {
            return outcome.payLines().stream().map(AlternativeWorkweekRuleTest::describe).toList();
        }
    }

    @Test
    void fourTenHourDaysUnderTheScheduleOweNoDailyOvertime() {
        pay(fourTens(terms())).outcome().paysNothing();
        VERIFIER.verifyThat(WeeklyOvertimeRule.class).given(fourTens(terms())).between(Us.SUNDAY, Us.SATURDAY).paysNothing();
        // Without the agreement the same week owes 4 x 2 h of daily overtime: 8 h x 0.5 x 20 = 80.00.
        Scenario plain = Us.california().employee("E1", e -> e.hourly("USD", new BigDecimal("20"))).dailyShifts("E1", Us.MONDAY, 4, "07:00", "17:00");
        assertThat(pay(plain).lines()).containsExactly("CA_DAILY_OVERTIME 8:00 x0.5 = 80.00");
    }

    /** Monday 07:00-18:00, 11 h: the eleventh hour is beyond the scheduled 10, overtime; the week is 41 h, 40 of them regular. */
    @Test
    void anElevenHourScheduledDayOwesOneHourOfOvertime() {
        Scenario s = fourTens(terms()).shift("E1", "2026-03-16T17:00", "2026-03-16T18:00");
        var out = pay(s);
        assertThat(out.lines()).containsExactly("CA_DAILY_OVERTIME 1:00 x0.5 = 10.00");
        // The FLSA owes the same (41 - 40 = 1 h x 10.00); a tie goes to California.
        assertThat(out.outcome().payLines().get(0).note().en()).contains("Labor Code 510, 511 (alternative workweek schedule MON-THU 10h)")
                .contains("FLSA amount (10.00 USD)");
    }

    /** Monday 13 h: hours 11 and 12 are overtime, the thirteenth double time. */
    @Test
    void aThirteenHourDayOwesOneHourOfDoubleTime() {
        Scenario s = fourTens(terms()).shift("E1", "2026-03-16T17:00", "2026-03-16T20:00");
        var out = pay(s);
        assertThat(out.lines()).containsExactly("CA_DAILY_OVERTIME 2:00 x0.5 = 20.00", "CA_DOUBLE_TIME 1:00 x1 = 20.00");
        assertThat(out.outcome().totalPaid()).isEqualByComparingTo("40.00"); // FLSA: 3 h x 10.00 = 30.00
    }

    /** Friday is not scheduled: 10 h on it are 8 h at 1.5 and 2 h at 2 (511(b)), none of them straight time. */
    @Test
    void workOnTheUnscheduledFridayIsOvertimeThenDoubleTime() {
        Scenario s = fourTens(terms()).shift("E1", "2026-03-20T08:00", "2026-03-20T18:00");
        var out = pay(s);
        assertThat(out.lines()).containsExactly("CA_UNSCHEDULED_DAY 8:00 x0.5 = 80.00", "CA_UNSCHEDULED_DAY_DOUBLE 2:00 x1 = 40.00");
        assertThat(out.outcome().totalPaid()).isEqualByComparingTo("120.00"); // FLSA: 10 h x 10.00 = 100.00
        assertThat(out.outcome().totalPaidMinutes()).isEqualTo(10 * 60);
    }

    /** A short Friday: 4 h, all at 1.5. */
    @Test
    void aShortUnscheduledDayIsAllOvertime() {
        Scenario s = fourTens(terms()).shift("E1", "2026-03-20T08:00", "2026-03-20T12:00");
        assertThat(pay(s).lines()).containsExactly("CA_UNSCHEDULED_DAY 4:00 x0.5 = 40.00");
    }

    @Test
    @ViolatingFixture
    void aSixtyPercentVoteIsNotTwoThirds() {
        Scenario s = fourTens(with("voteShare", "60%"));
        VERIFIER.verifyThat(AlternativeWorkweekRule.class).given(s).between(Us.SUNDAY, Us.SATURDAY).single(Severity.WARNING)
                .messageContains("approved it by 60%, less than the 2/3").messageContains("ordinary 8-hour day");
        // The schedule is ignored: the ordinary daily 8-hour rule, 8 h x 0.5 x 20.00 = 80.00.
        assertThat(pay(s).lines()).containsExactly("CA_DAILY_OVERTIME 8:00 x0.5 = 80.00");
    }

    @Test
    @CleanFixture
    void aScheduleAdoptedAsTheLawSaysIsFine() {
        VERIFIER.verifyThat(AlternativeWorkweekRule.class).given(fourTens(terms())).between(Us.SUNDAY, Us.SATURDAY).hasNoFindings();
    }

    /** Twelve of eighteen is exactly two thirds: compared as fractions, it passes (a decimal 0.6667 would fail it). */
    @Test
    void exactlyTwoThirdsIsEnough() {
        VERIFIER.verifyThat(AlternativeWorkweekRule.class).given(fourTens(with("voteShare", "12/18"))).between(Us.SUNDAY, Us.SATURDAY).hasNoFindings();
        VERIFIER.verifyThat(AlternativeWorkweekRule.class).given(fourTens(with("voteShare", "0.66"))).between(Us.SUNDAY, Us.SATURDAY)
                .single(Severity.WARNING);
    }

    @Test
    void eachFailedConditionIsNamed() {
        assertFails(with("disclosureDate", "2026-01-25"), "less than 14 days before the vote of 2026-02-02");
        assertFails(with("reportDate", "2026-03-05"), "after the 30 days allowed (by 2026-03-04)");
        assertFails(with("reportDate", null), "no report of the vote of 2026-02-02");
        assertFails(with("schedule", "MON-THU 11h"), "MONDAY 11 h, over the 10 h a day");
        assertFails(with("schedule", "MON-FRI 9h"), "totals 45 h a week, over the 40 h");
        assertFails(with("schedule", "Mondays ten hours"), "schedule='Mondays ten hours' is not in a form");
        assertFails(with("voteDate", null), "'voteDate' is missing");
    }

    private static void assertFails(Map<String, String> terms, String message) {
        Scenario s = fourTens(terms);
        VERIFIER.verifyThat(AlternativeWorkweekRule.class).given(s).between(Us.SUNDAY, Us.SATURDAY).single(Severity.WARNING).messageContains(message);
        assertThat(pay(s).lines()).as(message).containsExactly("CA_DAILY_OVERTIME 8:00 x0.5 = 80.00");
    }

    /** A vote of less than 30 days ago with no report yet on file is not late. */
    @Test
    void aRecentVoteIsNotYetLateToReport() {
        Map<String, String> t = with("reportDate", null);
        t.put("voteDate", "2026-03-01");
        t.put("disclosureDate", "2026-02-10");
        VERIFIER.verifyThat(AlternativeWorkweekRule.class).given(fourTens(t)).between(Us.SUNDAY, Us.SATURDAY).hasNoFindings();
        pay(fourTens(t)).outcome().paysNothing();
    }

    /** Outside California the agreement means nothing and is not judged. */
    @Test
    void outsideCaliforniaTheAgreementIsIgnored() {
        Scenario s = Us.federal().agreementRecord(new Agreement(AlternativeWorkweek.KIND, LocalDateRange.of(LocalDate.of(2026, 3, 2), LocalDate.MAX),
                Set.of(), with("voteShare", "60%"))).employee("E1", e -> e.hourly("USD", new BigDecimal("20"))).dailyShifts("E1", Us.MONDAY, 4, "07:00", "17:00");
        VERIFIER.verifyThat(AlternativeWorkweekRule.class).given(s).between(Us.SUNDAY, Us.SATURDAY).hasNoFindings();
    }

    @Test
    void scheduleForms() {
        java.util.List<org.worktime.core.finding.Text> failures = new java.util.ArrayList<>();
        assertThat(AlternativeWorkweek.schedule("MON-THU 9h, FRI 4h", failures)).hasSize(5).containsEntry(java.time.DayOfWeek.FRIDAY, 4 * 3600L);
        assertThat(AlternativeWorkweek.schedule("SAT-MON 10h", failures)).containsOnlyKeys(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY,
                java.time.DayOfWeek.MONDAY);
        assertThat(failures).isEmpty();
        assertThat(AlternativeWorkweek.schedule("MON 10h; MON 8h", failures)).isEmpty();
        assertThat(failures).hasSize(1);
    }
}
