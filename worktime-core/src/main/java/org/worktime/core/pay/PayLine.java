package org.worktime.core.pay;

import java.math.BigDecimal;
import java.util.Objects;
import org.joda.money.BigMoney;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Text;

/**
 * One amount owed to an employee: {@code amount = hourlyBase x multiplier x minutes / 60}, rounded once.
 *
 * @param period     the date or dates it is owed for, half-open
 * @param kind       a pack-defined kind, e.g. {@code OVERTIME}, {@code NIGHT}, {@code HOLIDAY}
 * @param seconds    the time paid for (minutes in every output)
 * @param multiplier the share of the hourly base paid per hour, e.g. 1.5 for time and a half, 0.5 for a
 *                   premium paid on top of hours already paid
 * @param hourlyBase the exact hourly ordinary wage
 * @param amount     the amount owed, rounded to the currency's unit by the pack's rounding convention
 */
public record PayLine(
        String employeeId,
        LocalDateRange period,
        String kind,
        long seconds,
        BigDecimal multiplier,
        BigMoney hourlyBase,
        Money amount,
        String ruleId,
        Citation citation,
        Text note) {

    public PayLine {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(multiplier, "multiplier");
        Objects.requireNonNull(hourlyBase, "hourlyBase");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(citation, "citation");
        note = note == null ? Text.empty() : note;
    }
}
