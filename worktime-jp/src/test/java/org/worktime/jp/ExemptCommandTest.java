package org.worktime.jp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.domain.Wage;
import org.worktime.core.exempt.ExchangeRates;
import org.worktime.core.exempt.Exemptions;
import org.worktime.core.exempt.RegimeDecision;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.testing.Scenario;

/** What {@code worktime exempt} sees: each employee under both Japanese regimes, with the evidence. */
class ExemptCommandTest {

    @Test
    void aConsultantUnderHpsAndAManagerUnderArticle41() {
        JapanesePack pack = new JapanesePack();
        Scenario s = Scenario.in("JP", "Asia/Tokyo").headcount(50).weeklyHoliday(DayOfWeek.SUNDAY, DayOfWeek.SATURDAY)
                .agreementRecord(new Agreement("JP-LSA-41-2", LocalDateRange.ofClosed(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)),
                        Set.of("C1"), Map.of("selectiveMeasure", "consecutive-leave")))
                .employee("C1", e -> e.wage(new Wage.Monthly(Money.of(CurrencyUnit.JPY, BigDecimal.valueOf(1_000_000)), BigDecimal.valueOf(160)))
                        .attribute("jp.hps.job-type", "research-development"))
                .attest("C1", "jp.hps.consent", "2026-04-01", null)
                .employee("M1", e -> e.wage(new Wage.Monthly(Money.of(CurrencyUnit.JPY, BigDecimal.valueOf(700_000)), BigDecimal.valueOf(160))))
                .attest("M1", "jp.art41.manager", "2026-01-01", null)
                .dailyShifts("C1", "2026-04-06", 5, "09:00", "20:00", "12:00-13:00")
                .dailyShifts("M1", "2026-04-06", 5, "09:00", "20:00", "12:00-13:00");
        List<RegimeDecision> decisions = Exemptions.decide(s.dataset(), LocalDate.of(2026, 4, 8), pack.exemptionTests(), pack.parameters(),
                ExchangeRates.none());
        assertThat(decisions).extracting(d -> d.employeeId() + " " + d.regime().id() + " " + d.verdict()).containsExactly(
                "C1 JP-HPS EXEMPT", "C1 JP-LSA-41 NOT_EXEMPT", "M1 JP-HPS NOT_EXEMPT", "M1 JP-LSA-41 EXEMPT");
        assertThat(decisions.get(0).tests().get(0).evidence()).extracting(e -> e.key()).containsExactly("job-type", "resolution", "consent",
                "annual-wage", "health-time", "days-off-4-weeks", "days-off-year", "selective-measure");
        assertThat(decisions.get(0).verdict()).isEqualTo(Verdict.EXEMPT);
    }
}
