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
        return of(context, "kr.penalty.hours", date, "");
    }

    /** Wage offences (unpaid premiums): Art. 109(1) until 2026-10-07, Art. 107(1) from 2026-10-08. */
    static Penalty wage(EmployeeContext context, LocalDate date) {
        return of(context, "kr.penalty.wage", date, context.parameter("kr.penalty.wage.note", date).text());
    }

    static Penalty minimumWage(EmployeeContext context, LocalDate date) {
        return of(context, "kr.penalty.minimum-wage", date, "");
    }

    private static Penalty of(EmployeeContext context, String key, LocalDate date, String note) {
        Parameter row = context.parameter(key, date);
        String ko = context.findParameter(key + ".ko", date).map(Parameter::text).orElse(row.text());
        return new Penalty(row.citation(), row.text() + " / " + ko, note);
    }
}
