package org.worktime.jp.rules;

import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.worktime.core.finding.Severity;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.RuleVerifier;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;
import org.worktime.jp.JapanesePack;

class InterviewOnRequestRuleTest {

    private static final RuleVerifier VERIFIER = RuleVerifier.of(new JapanesePack());

    private static final YearMonth APRIL = YearMonth.of(2026, 4);

    /**
     * April 2026 (30 days, the agreement's month from 04-01): 22 weekdays of 8 h (176:00) plus {@code overtimeMinutes};
     * 40 h x 30 / 7 = 171:25 (cut to the minute), so 4,525 minutes of overtime leave exactly 80:00 beyond 40 h a week.
     */
    private static Scenario april(long overtimeMinutes) {
        return Jp.monthWithOvertime(Jp.withAgreement().employee("E1", e -> e.wage(Jp.yen(400_000))), "E1", APRIL, overtimeMinutes);
    }

    private static final long EXACTLY_80 = 4_525;

    @Test
    void exactlyEightyHoursIsNotOverTheThreshold() {
        VERIFIER.verifyThat(InterviewOnRequestRule.class).given(april(EXACTLY_80)).between("2026-04-01", "2026-04-30").hasNoFindings();
    }

    @Test
    void oneMinuteMoreWarnsToNotifyAndOffer() {
        VERIFIER.verifyThat(InterviewOnRequestRule.class).given(april(EXACTLY_80 + 1)).between("2026-04-01", "2026-04-30")
                .single(Severity.WARNING).measuredMinutes(80 * 60 + 1).limitMinutes(80 * 60).period("2026-04-01", "2026-05-01")
                .messageContains("80:01 h beyond 40 h a week in the month from 2026-04-01, more than 80:00 h: tell the worker");
    }

    @Test
    @ViolatingFixture
    void aRequestWithoutAnInterviewWithinAMonth() {
        VERIFIER.verifyThat(InterviewOnRequestRule.class)
                .given(april(EXACTLY_80 + 1).attest("E1", InterviewOnRequestRule.REQUEST, "2026-05-07", "2026-05-07")
                        .attest("E1", ResearchDoctorInterviewRule.INTERVIEW, "2026-06-08", "2026-06-08"))
                .between("2026-04-01", "2026-06-30")
                .violatesOnce().measuredMinutes(80 * 60 + 1).limitMinutes(80 * 60).period("2026-04-01", "2026-05-01")
                .penaltyArticle("Art. 66-8(1)")
                .messageContains("interview requested on 2026-05-07, due by 2026-06-07, and no doctor interview attested");
    }

    @Test
    @CleanFixture
    void aRequestWithATimelyInterview() {
        VERIFIER.verifyThat(InterviewOnRequestRule.class)
                .given(april(EXACTLY_80 + 1).attest("E1", InterviewOnRequestRule.REQUEST, "2026-05-07", "2026-05-07")
                        .attest("E1", ResearchDoctorInterviewRule.INTERVIEW, "2026-06-07", "2026-06-07"))
                .between("2026-04-01", "2026-06-30").hasNoFindings();
    }

    @Test
    void aRequestWhoseDueDateIsAfterTheEvaluatedDatesIsNotYetABreach() {
        VERIFIER.verifyThat(InterviewOnRequestRule.class)
                .given(april(EXACTLY_80 + 1).attest("E1", InterviewOnRequestRule.REQUEST, "2026-05-07", "2026-05-07"))
                .between("2026-04-01", "2026-05-31")
                .single(Severity.WARNING).messageContains("interview requested on 2026-05-07, due by 2026-06-07: arrange");
    }

    @Test
    void anArticle41ManagerCounts() {
        VERIFIER.verifyThat(InterviewOnRequestRule.class)
                .given(april(EXACTLY_80 + 1).attest("E1", Coverage.MANAGER, "2025-01-01", null))
                .between("2026-04-01", "2026-04-30").single(Severity.WARNING).measuredMinutes(80 * 60 + 1);
    }

    /** R&D over 100 h is JP-ISHA-66-8-2's alone; R&D between 80 and 100 h still has the interview on request. */
    @Test
    void researchAndDevelopmentOverOneHundredHoursIsLeftToItsOwnRule() {
        Scenario rd = Jp.workplace().agreementRecord(Jp.agreement("2025-04-01", "2027-03-31", Map.of("sector", "rd", "yearStart", "2025-04-01")))
                .employee("E1", e -> e.wage(Jp.yen(400_000)));
        VERIFIER.verifyThat(InterviewOnRequestRule.class).given(Jp.monthWithOvertime(rd, "E1", APRIL, EXACTLY_80 + 20 * 60 + 1))
                .between("2026-04-01", "2026-04-30").hasNoFindings();
        Scenario rd2 = Jp.workplace().agreementRecord(Jp.agreement("2025-04-01", "2027-03-31", Map.of("sector", "rd", "yearStart", "2025-04-01")))
                .employee("E1", e -> e.wage(Jp.yen(400_000)));
        VERIFIER.verifyThat(InterviewOnRequestRule.class).given(Jp.monthWithOvertime(rd2, "E1", APRIL, EXACTLY_80 + 20 * 60))
                .between("2026-04-01", "2026-04-30").single(Severity.WARNING).measuredMinutes(100 * 60);
    }

    /** A worker under the Highly Professional System is JP-ISHA-66-8-4's: the same 80:01 h says nothing here. */
    @Test
    void theHighlyProfessionalSystemIsLeftToItsOwnRule() {
        VERIFIER.verifyThat(InterviewOnRequestRule.class).given(Jp.monthWithOvertime(Hps.covered(1_000_000), "E1", APRIL, EXACTLY_80 + 1))
                .between("2026-04-01", "2026-04-30").hasNoFindings();
    }
}
