package org.worktime.jp.rules;

import java.time.LocalDate;
import java.util.function.Consumer;
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
 * line of JP-LSA-37-4, so overtime at night comes to 1.50 and beyond 60 h at night to 1.75.
 */
@LegalRule(
        id = "JP-LSA-37-1",
        title = "Overtime premium, 50% beyond 60 hours a month",
        titleKo = "시간외근로 할증임금 (월 60시간 초과분 50%) (일본 노동기준법)",
        law = "Labor Standards Act (Japan)",
        article = "Art. 37(1)",
        effectiveFrom = "1994-04-01",
        version = "Act No. 89 of 2008; Cabinet Order No. 5 of 1994",
        source = "https://hls-global.jp/en/2023/05/29/amendment-to-overtime-premium-rates/",
        summary = "Statutory overtime (時間外労働) is paid at 125%, the hours beyond 60 in a month at 150%.")
public final class OvertimePremiumRule implements PayRule {

    public static final String KIND = "OVERTIME";
    public static final String KIND_OVER_60 = "OVERTIME_OVER_60H";

    @Override
    public void pay(EmployeeContext context, Consumer<PayLine> lines) {
        if (!PaySupport.hasWage(context)) {
            return;
        }
        StatutoryHours hours = JpFacts.of(context).hours();
        PaySupport.forEachMonth(context, month -> {
            PaySupport.MonthTotal upTo60 = new PaySupport.MonthTotal();
            PaySupport.MonthTotal beyond60 = new PaySupport.MonthTotal();
            long running = 0;
            for (LocalDate day = month.getStart(); day.isBefore(month.getEnd()); day = day.plusDays(1)) {
                long overtime = hours.overtimeOn(day);
                if (overtime == 0) {
                    continue;
                }
                long before = running;
                running += overtime;
                long over60 = 0;
                if (over60Applies(context, day)) {
                    long threshold = context.parameter("jp.lsa37.over-60-threshold", day).seconds();
                    over60 = Math.max(0, running - threshold) - Math.max(0, before - threshold);
                }
                upTo60.add(day, overtime - over60);
                beyond60.add(day, over60);
            }
            upTo60.emit(context, info(), KIND, "jp.lsa37.overtime-multiplier", lines);
            beyond60.emit(context, info(), KIND_OVER_60, "jp.lsa37.over-60-multiplier", lines);
        });
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
