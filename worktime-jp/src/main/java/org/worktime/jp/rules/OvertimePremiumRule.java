package org.worktime.jp.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.finding.Text;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.param.Parameter;
import org.worktime.core.pay.PayLine;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.PayRule;

/**
 * Art. 37(1): statutory overtime is paid at 1.25 times the hourly base, and the overtime beyond 60 hours in a month at
 * 1.50 (large enterprises from 2010-04-01, SMEs from 2023-04-01). The 60 hours count statutory overtime only, work on
 * non-statutory days off included, statutory-holiday work not (C3.2). The month is the Art. 36 agreement's month (from
 * its 起算日), the calendar month without one; days are taken in order and the day on which the count passes 60 h is
 * split. One line per month and rate, rounded once (the 1988 circular rounds the month's total). Lines carry the whole rate (a monthly wage does not pay overtime hours); the late-night premium is a separate
 * line of JP-LSA-37-4, so overtime at night comes to 1.50 and beyond 60 h at night to 1.75. With a substitute-leave
 * agreement (Art. 37(3), {@link SubstituteLeave}) the hours beyond 60 that leave replaced are paid at 1.25 on a line of
 * their own ({@value #KIND_OVER_60_SUBSTITUTED}).
 */
@LegalRule(
        id = "JP-LSA-37-1",
        law = "Labor Standards Act (Japan)",
        article = "Art. 37(1)",
        effectiveFrom = "1994-04-01",
        version = "Act No. 89 of 2008; Cabinet Order No. 5 of 1994",
        source = "https://hls-global.jp/en/2023/05/29/amendment-to-overtime-premium-rates/")
public final class OvertimePremiumRule implements PayRule {

    public static final String KIND = "OVERTIME";
    public static final String KIND_OVER_60 = "OVERTIME_OVER_60H";

    public static final String KIND_OVER_60_SUBSTITUTED = "OVERTIME_OVER_60H_SUBSTITUTED";

    @Override
    public void pay(EmployeeContext context, Consumer<PayLine> lines) {
        if (!PaySupport.hasWage(context)) {
            return;
        }
        StatutoryHours hours = JpFacts.of(context).hours();
        org.worktime.core.rule.RuleInfo info = info();
        PaySupport.forEachMonth(context, month -> {
            long[] over60 = beyond60(context, hours, month);
            PaySupport.MonthTotal upTo60 = new PaySupport.MonthTotal();
            PaySupport.MonthTotal beyond60 = new PaySupport.MonthTotal();
            long start = month.getStart().toEpochDay();
            for (int d = 0; d < over60.length; d++) {
                long overtime = hours.overtimeAt(start + d);
                if (overtime > 0) {
                    LocalDate day = LocalDate.ofEpochDay(start + d);
                    upTo60.add(day, overtime - over60[d]);
                    beyond60.add(day, over60[d]);
                }
            }
            upTo60.emit(context, info, KIND, "jp.lsa37.overtime-multiplier", lines);
            SubstituteLeave.Replaced replaced = SubstituteLeave.in(context, month);
            if (replaced.seconds() == 0) {
                beyond60.emit(context, info, KIND_OVER_60, "jp.lsa37.over-60-multiplier", lines);
                return;
            }
            emitWithLeave(context, beyond60, replaced, lines);
        });
    }

    /**
     * Art. 37(3): the hours beyond 60 replaced by substitute leave are paid at 1.25 on their own line, which names the
     * leave; the 50% line keeps the rest and says how many hours the leave replaced.
     */
    private void emitWithLeave(EmployeeContext context, PaySupport.MonthTotal beyond60, SubstituteLeave.Replaced replaced, Consumer<PayLine> lines) {
        LocalDateRange range = beyond60.range();
        LocalDate first = range.getStart();
        Text why = Text.of("jp.overtime-premium.substitute-leave", "replaced", Duration.ofSeconds(replaced.seconds()),
                "beyond", Duration.ofSeconds(beyond60.seconds()), "leave", List.copyOf(replaced.leaveDays()),
                "rate", replaced.conversionRate().stripTrailingZeros());
        lines.accept(PaySupport.withNote(PaySupport.line(context, info(), range, KIND_OVER_60_SUBSTITUTED, replaced.seconds(),
                context.parameter("jp.lsa37.overtime-multiplier", first)), why));
        long rest = beyond60.seconds() - replaced.seconds();
        if (rest > 0) {
            lines.accept(PaySupport.withNote(PaySupport.line(context, info(), range, KIND_OVER_60, rest,
                    context.parameter("jp.lsa37.over-60-multiplier", first)), why));
        }
    }

    /**
     * The overtime beyond 60 hours of each day of the month, indexed from its first day: days are taken in order and
     * the day on which the count passes 60 h is split; zero where the 50% rate does not bind.
     */
    static long[] beyond60(EmployeeContext context, StatutoryHours hours, LocalDateRange month) {
        return JpFacts.of(context).kept(new Beyond60Key(month), () -> computeBeyond60(context, hours, month));
    }

    /** The month's days beyond 60 h, asked by the pay line and by substitute leave: computed once per month. */
    private record Beyond60Key(LocalDateRange month) {
    }

    private static long[] computeBeyond60(EmployeeContext context, StatutoryHours hours, LocalDateRange month) {
        long start = month.getStart().toEpochDay();
        long[] result = new long[(int) (month.getEnd().toEpochDay() - start)];
        long running = 0;
        for (int d = 0; d < result.length; d++) {
            long overtime = hours.overtimeAt(start + d);
            if (overtime == 0) {
                continue;
            }
            long before = running;
            running += overtime;
            LocalDate day = LocalDate.ofEpochDay(start + d);
            if (over60Applies(context, day)) {
                long threshold = context.parameter("jp.lsa37.over-60-threshold", day).seconds();
                long over60 = Math.max(0, running - threshold) - Math.max(0, before - threshold);
                if (over60 > 0) {
                    result[d] = over60;
                }
            }
        }
        return result;
    }

    /** The 50% rate binds large enterprises from 2010-04-01 and SMEs (workplace attribute jp.sme=true) from 2023-04-01. */
    private static boolean over60Applies(EmployeeContext context, LocalDate day) {
        if (context.findParameter("jp.lsa37.over-60-multiplier", day).isEmpty()) {
            return false;
        }
        if ("true".equalsIgnoreCase(context.workplace().attributes().getOrDefault("jp.sme", "false"))) {
            return context.findParameter("jp.lsa37.over-60-sme-from", day).map(Parameter::date).map(from -> !day.isBefore(from)).orElse(false);
        }
        return true;
    }
}
