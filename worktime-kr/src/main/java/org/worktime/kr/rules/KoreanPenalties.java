package org.worktime.kr.rules;

import java.time.LocalDate;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Penalty;
import org.worktime.core.param.Parameter;

/** The penalty in force on a date, read from the {@code kr.penalty.*} rows (kr.md section 6). */
final class KoreanPenalties {

    private KoreanPenalties() {
    }

    /** Working-time offences: Art. 110(1). */
    static Penalty hours(EmployeeContext context, LocalDate date) {
        return of(context, "kr.penalty.hours", date, null);
    }

    /** Wage offences (unpaid premiums): Art. 109(1) until 2026-10-07, Art. 107(1) from 2026-10-08. */
    static Penalty wage(EmployeeContext context, LocalDate date) {
        return of(context, "kr.penalty.wage", date, org.worktime.core.finding.Text.legacy(
                context.findParameter("kr.penalty.wage.note", date).map(Parameter::text).orElse(""),
                context.findParameter("kr.penalty.wage.note.ko", date).map(Parameter::text).orElse("")));
    }


    /** Lighter offences such as not seeking the after-the-fact approval of Art. 53(4): Art. 114. */
    static Penalty art114(EmployeeContext context, LocalDate date) {
        return of(context, "kr.penalty.art114", date, null);
    }

    static Penalty minimumWage(EmployeeContext context, LocalDate date) {
        return of(context, "kr.penalty.minimum-wage", date, null);
    }

    /** The penalty row in force; before the pack's data begins, a penalty that says so rather than a guess. */
    private static Penalty of(EmployeeContext context, String key, LocalDate date, org.worktime.core.finding.Text note) {
        var found = context.findParameter(key, date);
        if (found.isEmpty()) {
            return new Penalty(new org.worktime.core.finding.Citation("Labor Standards Act", "penalty provisions", "", ""),
                    org.worktime.core.finding.Text.legacy("not in the pack's data for " + date, date + " 시점 벌칙 데이터 없음"), note);
        }
        Parameter row = found.get();
        String ko = context.findParameter(key + ".ko", date).map(Parameter::text).orElse(row.text());
        return new Penalty(row.citation(), org.worktime.core.finding.Text.legacy(row.text(), ko), note);
    }
}
