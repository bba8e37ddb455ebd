package org.worktime.jp.rules;

import static org.worktime.jp.rules.Jp.VERIFIER;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class ResearchDoctorInterviewRuleTest {

    /**
     * April 2026 under an Art. 36 agreement of sector {@code sector} (months from 04-01): 22 weekdays 08:00-22:00 with an
     * hour's break, 13 h, 286 h; 40 h x 30 / 7 = 171:25 (cut to the minute); beyond: 114:35 h, over 100 h.
     */
    private static Scenario longApril(String sector) {
        Scenario s = Jp.workplace().agreementRecord(Jp.agreement("2025-04-01", "2027-03-31", Map.of("sector", sector, "yearStart", "2025-04-01")))
                .employee("E1", e -> e.wage(Jp.yen(400_000)));
        for (LocalDate d = LocalDate.of(2026, 4, 1); d.isBefore(LocalDate.of(2026, 5, 1)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                s.shift("E1", d + "T08:00", d + "T22:00", "12:00-13:00");
            }
        }
        return s;
    }

    @Test
    @ViolatingFixture
    void aResearcherOverOneHundredHoursWithoutAnInterview() {
        VERIFIER.verifyThat(ResearchDoctorInterviewRule.class).given(longApril("rd")).between("2026-04-01", "2026-04-30")
                .violatesOnce().measuredMinutes(114 * 60 + 35).limitMinutes(100 * 60).period("2026-04-01", "2026-05-01")
                .penaltyArticle("Art. 120").messageContains("114:35 h beyond 40 h a week in the month from 2026-04-01 in research and development");
    }

    @Test
    @CleanFixture
    void anInterviewInTheNextMonthOrAnotherSector() {
        VERIFIER.verifyThat(ResearchDoctorInterviewRule.class)
                .given(longApril("rd").attest("E1", ResearchDoctorInterviewRule.INTERVIEW, "2026-05-12", "2026-05-12"))
                .between("2026-04-01", "2026-04-30").hasNoFindings();
        // The general worker is judged by the Art. 36 caps instead (and by the interview on request, not modelled).
        VERIFIER.verifyThat(ResearchDoctorInterviewRule.class).given(longApril("general")).between("2026-04-01", "2026-04-30").hasNoFindings();
    }
}
