package org.worktime.jp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.jp.rules.Jp.VERIFIER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.pay.PayLine;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class FlextimeRuleTest {

    private static Agreement flextime(int months, boolean filed) {
        return new Agreement(Arrangement.FLEXTIME, LocalDateRange.ofClosed(LocalDate.of(2026, 2, 1), LocalDate.of(2027, 1, 31)), Set.of(),
                Map.of("months", String.valueOf(months), "filed", String.valueOf(filed)));
    }

    private static Scenario weekdays(Scenario s, String from, String to, String start, String end) {
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                s.shift("E1", d + "T" + start, d + "T" + end, "12:00-13:00");
            }
        }
        return s;
    }

    @Test
    @CleanFixture
    void nineHourDaysUnderFlextimeAreSettledAtTheEndOfTheMonth() {
        // February 2026: 20 weekdays x 9 h = 180 h; 40 h x 28 / 7 = 160 h; 20 h of overtime, on 2026-02-28.
        Scenario s = weekdays(Jp.withAgreement().agreementRecord(flextime(1, false)).employee("E1", e -> e.hourly("JPY", BigDecimal.valueOf(2000))),
                "2026-02-01", "2026-02-28", "08:00", "18:00");
        VERIFIER.verifyThat(FlextimeRule.class).given(s).between("2026-02-01", "2026-02-28").hasNoFindings();
        VERIFIER.verifyThat(DailyHoursRule.class).given(s).between("2026-02-01", "2026-02-28").hasNoFindings();
        var pay = VERIFIER.verifyThat(OvertimePremiumRule.class).given(s).between("2026-02-01", "2026-02-28");
        assertThat(pay.payLines()).singleElement().satisfies(line -> {
            assertThat(line.seconds()).isEqualTo(20 * 3600);
            assertThat(line.period().getStart()).isEqualTo(LocalDate.of(2026, 2, 28));
            assertThat(line.amount()).isEqualTo(Jp.jpy(50_000));
        });
    }

    @Test
    @ViolatingFixture
    void aThreeMonthPeriodNotFiledIsVoid() {
        Scenario s = weekdays(Jp.withAgreement().agreementRecord(flextime(3, false)).employee("E1", e -> e.wage(Jp.yen(300_000))),
                "2026-02-01", "2026-02-28", "08:00", "18:00");
        VERIFIER.verifyThat(FlextimeRule.class).given(s).between("2026-02-01", "2026-02-28")
                .violatesOnce().messageContains("needs the agreement filed").messageContains("8 h a day and 40 h a week apply");
    }

    @Test
    void fourMonthsIsTooLong() {
        Scenario s = weekdays(Jp.withAgreement().agreementRecord(flextime(4, true)).employee("E1", e -> e.wage(Jp.yen(300_000))),
                "2026-02-01", "2026-02-28", "09:00", "17:00");
        VERIFIER.verifyThat(FlextimeRule.class).given(s).between("2026-02-01", "2026-02-28")
                .violatesOnce().messageContains("outside 1 to 3");
    }

    @Test
    void aThreeMonthPeriodPaysTheMonthBeyondFiftyHoursAWeekInThatMonth() {
        // February: 20 x 11 h = 220 h, 50 h x 28 / 7 = 200 h: 20 h of overtime in February.
        // March and April: 22 + 22 weekdays x 8 h = 352 h. Period: 572 h less those 20 h = 552 h against 40 h x 89 / 7.
        Scenario s = Jp.withAgreement().agreementRecord(flextime(3, true)).employee("E1", e -> e.hourly("JPY", BigDecimal.valueOf(2000)));
        weekdays(s, "2026-02-01", "2026-02-28", "08:00", "20:00");
        weekdays(s, "2026-03-01", "2026-04-30", "09:00", "18:00");
        var pay = VERIFIER.verifyThat(OvertimePremiumRule.class).given(s).between("2026-02-01", "2026-04-30");
        assertThat(pay.payLines()).extracting(PayLine::seconds).containsExactly(20 * 3600L, 552 * 3600L - 144_000L * 89 / 7);
        assertThat(pay.payLines().get(1).period().getStart()).isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void settledOvertimeWithoutAnArticle36AgreementIsReportedInTheLastWeek() {
        Scenario s = weekdays(Jp.workplace().agreementRecord(flextime(1, false)).employee("E1", e -> e.wage(Jp.yen(300_000))),
                "2026-02-01", "2026-02-28", "08:00", "18:00");
        VERIFIER.verifyThat(WeeklyHoursRule.class).given(s).between("2026-02-01", "2026-02-28")
                .violatesOnce().period("2026-02-23", "2026-03-02").messageContains("20:00 h beyond the settlement period's statutory total");
    }

    @Test
    void aSmallShopSettledMonthlyAveragesFortyFourHours() {
        // Art. 40 workplace (8 workers): February 2026, 20 x 9 h = 180 h against 44 h x 28 / 7 = 176 h: 4 h, JPY 10,000.
        // With a two-month period the 40 h average applies instead (no settlement yet in February).
        Scenario shop = weekdays(Jp.withAgreement().headcount(LocalDate.of(2020, 1, 1), 8).attribute("jp.special-measure-industry", "true")
                        .agreementRecord(flextime(1, false)).employee("E1", e -> e.hourly("JPY", BigDecimal.valueOf(2000))),
                "2026-02-01", "2026-02-28", "08:00", "18:00");
        var pay = VERIFIER.verifyThat(OvertimePremiumRule.class).given(shop).between("2026-02-01", "2026-02-28");
        assertThat(pay.totalPaidMinutes()).isEqualTo(4 * 60);
        assertThat(pay.totalPaid()).isEqualByComparingTo("10000");
    }
}
