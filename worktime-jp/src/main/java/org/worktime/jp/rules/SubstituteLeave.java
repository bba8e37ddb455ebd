package org.worktime.jp.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.domain.Attestation;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Text;

/**
 * Art. 37(3) substitute paid leave (代替休暇): with a labour-management agreement of kind {@value #KIND} covering the
 * worker, paid leave taken within the two months after a month (row {@code jp.lsa37-3.window-months}) replaces the
 * extra premium on that month's overtime beyond 60 hours; those hours are then paid at 1.25 instead of 1.50.
 *
 * <p>The leave is attestation {@value #LEAVE}, its validity the days of leave: each day counts as the daily scheduled
 * hours ({@code jp.daily-scheduled-hours}, else the contract's), half of them when the attestation's note is
 * {@code half} (Ordinance Art. 19-2: a day or half a day). Leave hours L replace L / conversion rate overtime hours, the
 * conversion rate being the difference of the two rates in force (1.50 - 1.25 = 0.25: one 8-hour day replaces 32 hours).
 * Leave days go to the earliest month whose window holds them and whose hours beyond 60 are not yet all replaced.
 */
final class SubstituteLeave {

    static final String KIND = "JP-LSA-37-3";
    static final String LEAVE = "jp.lsa37-3.substitute-leave";
    /** The most days one leave attestation may cover: the two-month window. */
    private static final int MAX_DAYS = 62;

    /** One month's replaced overtime and the leave days that replaced it. */
    record Replaced(long seconds, List<LocalDate> leaveDays, BigDecimal conversionRate) {
    }

    private final Map<LocalDate, Replaced> byMonthStart = new HashMap<>();

    private SubstituteLeave() {
    }

    /** What substitute leave replaced in the month (Art. 36 grid) starting on the date; none without an agreement. */
    static Replaced in(EmployeeContext context, LocalDateRange month) {
        SubstituteLeave all = context.memo(SubstituteLeave.class, k -> compute(context));
        return all.byMonthStart.getOrDefault(month.getStart(), new Replaced(0, List.of(), BigDecimal.ZERO));
    }

    private static SubstituteLeave compute(EmployeeContext context) {
        SubstituteLeave result = new SubstituteLeave();
        List<LocalDate> leaveDays = new ArrayList<>();
        List<Long> leaveSeconds = new ArrayList<>();
        long daySeconds = PaySupport.dailyHours(context).multiply(BigDecimal.valueOf(3600)).longValue();
        LocalDate horizon = context.period().getEnd().plusMonths(3);
        for (Attestation a : context.attestations()) {
            if (!a.subject().equals(LEAVE) || !a.holds()) {
                continue;
            }
            if (a.validity().isUnboundedEnd() || a.validity().lengthInDays() > MAX_DAYS) {
                // Leave is a few named days; an open or long validity is a recording mistake, not months of leave.
                throw new org.worktime.core.domain.InvalidDataException(a.validity().isUnboundedEnd()
                        ? Text.of("jp.substitute-leave.open", "attestation", LEAVE, "from", a.validity().getStart(), "max", MAX_DAYS)
                        : Text.of("jp.substitute-leave.too-long", "attestation", LEAVE, "from", a.validity().getStart(),
                                "days", a.validity().lengthInDays(), "max", MAX_DAYS));
            }
            boolean half = a.note().trim().equalsIgnoreCase("half");
            for (LocalDate d = a.validity().getStart(); d.isBefore(a.validity().getEnd()) && d.isBefore(horizon); d = d.plusDays(1)) {
                leaveDays.add(d);
                leaveSeconds.add(half ? daySeconds / 2 : daySeconds);
            }
        }
        sortTogether(leaveDays, leaveSeconds);
        long[] left = leaveSeconds.stream().mapToLong(Long::longValue).toArray();
        StatutoryHours hours = JpFacts.of(context).hours();
        List<Agreement> agreements = context.workplace().agreementsOfKind(KIND);
        PaySupport.forEachMonth(context, month -> {
            long beyond = 0;
            for (long seconds : OvertimePremiumRule.beyond60(context, hours, month)) {
                beyond += seconds;
            }
            Optional<Agreement> agreement = agreement(context, agreements, month);
            if (beyond == 0 || agreement.isEmpty()) {
                return;
            }
            BigDecimal rate = conversionRate(context, month.getStart());
            int windowMonths = context.parameter("jp.lsa37-3.window-months", month.getStart()).integer();
            LocalDateRange window = LocalDateRange.of(month.getEnd(), month.getEnd().plusMonths(windowMonths));
            long replaced = 0;
            List<LocalDate> used = new ArrayList<>();
            for (int i = 0; i < leaveDays.size() && replaced < beyond; i++) {
                if (left[i] == 0 || !window.contains(leaveDays.get(i))) {
                    continue;
                }
                // Overtime hours this leave can still replace, and the leave that takes.
                long canReplace = BigDecimal.valueOf(left[i]).divide(rate, 0, RoundingMode.DOWN).longValue();
                long take = Math.min(canReplace, beyond - replaced);
                long leaveUsed = take == canReplace ? left[i] : BigDecimal.valueOf(take).multiply(rate).setScale(0, RoundingMode.UP).longValue();
                left[i] -= Math.min(left[i], leaveUsed);
                replaced += take;
                used.add(leaveDays.get(i));
            }
            if (replaced > 0) {
                result.byMonthStart.put(month.getStart(), new Replaced(replaced, List.copyOf(used), rate));
            }
        });
        return result;
    }

    /** The agreement covering the worker on the month's last day (when the right to the leave arises). */
    private static Optional<Agreement> agreement(EmployeeContext context, List<Agreement> agreements, LocalDateRange month) {
        for (Agreement a : agreements) {
            if (a.covers(context.employeeId(), month.getEndInclusive())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** 換算率: the rate beyond 60 h less the rate up to 60 h, both rows in force on the date (0.25). */
    static BigDecimal conversionRate(EmployeeContext context, LocalDate date) {
        BigDecimal rate = context.parameter("jp.lsa37.over-60-multiplier", date).decimal()
                .subtract(context.parameter("jp.lsa37.overtime-multiplier", date).decimal());
        if (rate.signum() <= 0) {
            throw new org.worktime.core.domain.InvalidDataException(Text.of("jp.substitute-leave.rate", "rate", rate));
        }
        return rate;
    }

    private static void sortTogether(List<LocalDate> days, List<Long> seconds) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> days.get(a).compareTo(days.get(b)));
        List<LocalDate> d2 = new ArrayList<>();
        List<Long> s2 = new ArrayList<>();
        for (int i : order) {
            d2.add(days.get(i));
            s2.add(seconds.get(i));
        }
        days.clear();
        days.addAll(d2);
        seconds.clear();
        seconds.addAll(s2);
    }
}
