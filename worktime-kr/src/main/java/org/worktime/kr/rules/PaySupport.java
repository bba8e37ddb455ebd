package org.worktime.kr.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.joda.money.BigMoney;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Penalty;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.pay.MoneyRounding;
import org.worktime.core.pay.PayLine;
import org.worktime.core.rule.RuleInfo;

/** Builds Korean pay lines: one rounding per line, the citation of the row in force, the exposure if unpaid. */
final class PaySupport {

    /** Memo keys: the exact hourly base (a division for monthly wages) and the absence of a penalty row. */
    private static final Object HOURLY_BASE = new Object();
    private static final Object NO_PENALTY_ROW = new Object();

    private PaySupport() {
    }

    static PayLine line(EmployeeContext context, RuleInfo info, LocalDateRange period, String kind, long seconds,
            BigDecimal multiplier, Parameter source) {
        LocalDate date = period.getStart();
        BigMoney base = context.memo(HOURLY_BASE, k -> context.employee().wage().hourly());
        RoundingMode mode = context.parameter("kr.pay.rounding", date).roundingMode();
        Money amount = MoneyRounding.amount(base, multiplier, seconds, mode);
        Text note = exposure(context, period.getEndInclusive());
        if (context.hasAgreement(Agreements.COMPENSATORY_LEAVE, date)) {
            note = withCompensatoryLeave(note, seconds, multiplier);
        }
        return new PayLine(context.employeeId(), period, kind, seconds, multiplier, base, amount, info.id(),
                source == null ? info.citation() : RuleSupport.citation(info, source), note);
    }

    /**
     * The exposure if the amount goes unpaid. A wage offence is committed on the day the wage falls due (Art. 43, Art. 36),
     * so the penalty article is the one in force on the payday: from the workplace's pay schedule when it has one (the
     * payday of the line's last day). Without one, the article of the day worked is given, unless the penalty changes
     * within the longest wait to a payday (Art. 43(2): at least monthly, so a period closing within a month and paid within
     * the next): then the note says that the article depends on the payday. Memoised per penalty row (or pair of rows).
     */
    private static Text exposure(EmployeeContext context, LocalDate lastDay) {
        var schedule = context.workplace().payScheduleIfAny();
        if (schedule.isPresent()) {
            LocalDate payday = schedule.get().paydayFor(lastDay);
            Object row = context.findParameter("kr.penalty.wage", payday).map(Object.class::cast).orElse(NO_PENALTY_ROW);
            Text note = context.memo(row, r -> unpaidNote(context, payday));
            return Text.of("kr.pay.note.due-on-payday", "note", note, "payday", payday);
        }
        Object now = context.findParameter("kr.penalty.wage", lastDay).map(Object.class::cast).orElse(NO_PENALTY_ROW);
        LocalDate latest = lastDay.plusMonths(LONGEST_WAIT_MONTHS);
        Object later = context.findParameter("kr.penalty.wage", latest).map(Object.class::cast).orElse(NO_PENALTY_ROW);
        if (now.equals(later)) {
            return context.memo(now, r -> unpaidNote(context, lastDay));
        }
        return context.memo(java.util.List.of(now, later), r -> dependsOnPayday(context, lastDay, latest));
    }

    /** How long after a day of work its wage may fall due at the latest: the period closes within a month, is paid within the next. */
    private static final int LONGEST_WAIT_MONTHS = 2;

    private static Text dependsOnPayday(EmployeeContext context, LocalDate worked, LocalDate latest) {
        Penalty before = KoreanPenalties.wage(context, worked);
        Penalty after = KoreanPenalties.wage(context, latest);
        LocalDate change = context.parameters().stableRange("kr.penalty.wage", worked).getEnd();
        return Text.of("kr.pay.note.depends-on-payday", "change", change,
                "before", before.citation(), "beforeSummary", before.summary(),
                "after", after.citation(), "afterSummary", after.summary(), "afterNote", after.note());
    }

    /** The exposure if the amount goes unpaid on a due date; the same for every line while the penalty row stays in force. */
    private static Text unpaidNote(EmployeeContext context, LocalDate date) {
        Penalty exposure = KoreanPenalties.wage(context, date);
        return Text.of("kr.pay.note.unpaid", "citation", exposure.citation(), "summary", exposure.summary(), "note", exposure.note());
    }

    /**
     * Art. 57: under a written agreement with the worker representative, compensatory leave may be given instead of
     * the pay, in hours weighted by the premium (8 h of holiday work at 1.5 = 12 h of leave; kr.md 4.1.7, EX-05).
     */
    private static Text withCompensatoryLeave(Text note, long seconds, BigDecimal multiplier) {
        long leave = BigDecimal.valueOf(seconds).multiply(multiplier).setScale(0, RoundingMode.HALF_UP).longValueExact();
        return Text.of("kr.pay.note.compensatory-leave", "note", note, "leave", RuleSupport.duration(leave));
    }

    /** Whether the employee has a wage to pay from; without one the minimum-wage rule reports "indeterminate". */
    static boolean hasWage(EmployeeContext context) {
        return context.employee().wage() != null;
    }
}
