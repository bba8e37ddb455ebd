package org.worktime.jp.rules;

import static org.worktime.jp.rules.Jp.VERIFIER;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class DoctorInterviewRuleTest {

    /** April 2026: 22 weekdays of 13 h = 286 h; 40 h x 30 / 7 = 171:25; beyond: 114:35 h, over the 100 h threshold. */
    private static Scenario longApril() {
        Scenario s = Jp.workplace().agreementRecord(Hps.resolution("consecutive-leave"))
                .employee("E1", e -> e.wage(Jp.yen(1_000_000)).attribute(HighlyProfessionalSystemTest.JOB_TYPE, "analyst"))
                .attest("E1", HighlyProfessionalSystemTest.CONSENT, "2026-04-01", null);
        LocalDate d = LocalDate.of(2026, 4, 1);
        for (int i = 0; i < 30; i++, d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                s.shift("E1", d + "T08:00", d + "T21:00");
            }
        }
        return s;
    }

    @Test
    @ViolatingFixture
    void overOneHundredHoursWithoutAnInterview() {
        VERIFIER.verifyThat(DoctorInterviewRule.class).given(longApril()).between("2026-04-01", "2026-04-30")
                .violatesOnce().limitMinutes(100 * 60).period("2026-04-01", "2026-05-01").penaltyArticle("Art. 120")
                .messageContains("114:35 h of health management time beyond 40 h a week");
    }

    @Test
    @CleanFixture
    void anInterviewInTheNextMonth() {
        VERIFIER.verifyThat(DoctorInterviewRule.class)
                .given(longApril().attest("E1", DoctorInterviewRule.INTERVIEW, "2026-05-12", "2026-05-12"))
                .between("2026-04-01", "2026-04-30").hasNoFindings();
    }
}
