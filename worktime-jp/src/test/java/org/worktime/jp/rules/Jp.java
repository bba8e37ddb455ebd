package org.worktime.jp.rules;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.domain.Wage;
import org.worktime.core.testing.RuleVerifier;
import org.worktime.core.testing.Scenario;
import org.worktime.jp.JapanesePack;

/** Shared fixtures of the Japanese rule tests: a Tokyo workplace, Sunday the statutory holiday, Saturday a day off. */
final class Jp {

    static final JapanesePack PACK = new JapanesePack();
    static final RuleVerifier VERIFIER = RuleVerifier.of(PACK);

    /** A Monday; its week runs to Sunday 2026-03-15, the statutory holiday. */
    static final String MONDAY = "2026-03-09";
    static final String SUNDAY = "2026-03-15";

    private Jp() {
    }

    static Scenario workplace() {
        return Scenario.in("JP", "Asia/Tokyo").headcount(50).weeklyHoliday(DayOfWeek.SUNDAY, DayOfWeek.SATURDAY);
    }

    /** An Art. 36 agreement for everyone from 2025-04-01, year start 04-01, no special clause. */
    static Scenario withAgreement() {
        return workplace().agreementRecord(agreement("2025-04-01", "2027-03-31", Map.of()));
    }

    static Agreement agreement(String from, String to, Map<String, String> terms) {
        return new Agreement(Art36Agreement.KIND, LocalDateRange.ofClosed(LocalDate.parse(from), LocalDate.parse(to)), Set.of(), terms);
    }

    static Money jpy(long amount) {
        return Money.of(CurrencyUnit.JPY, BigDecimal.valueOf(amount));
    }

    static Wage yen(long monthly) {
        return new Wage.Monthly(Money.of(CurrencyUnit.JPY, BigDecimal.valueOf(monthly)), BigDecimal.valueOf(160));
    }

    /**
     * Every weekday of the month: 09:00-18:00 with a break 12:00-13:00 (8 h), plus {@code overtimeMinutes} spread over
     * the weekdays (earlier days take the remainder), worked straight on after 18:00.
     */
    static Scenario monthWithOvertime(Scenario s, String employee, YearMonth month, long overtimeMinutes) {
        int weekdays = 0;
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                weekdays++;
            }
        }
        long each = overtimeMinutes / weekdays;
        long extra = overtimeMinutes % weekdays;
        int i = 0;
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() > 5) {
                continue;
            }
            long minutes = each + (i++ < extra ? 1 : 0);
            LocalTime end = LocalTime.of(18, 0).plusMinutes(minutes);
            s.shift(employee, d + "T09:00", d + "T" + end, "12:00-13:00");
        }
        return s;
    }
}
