package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Penalty;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Catalog;
import org.worktime.core.i18n.Language;
import org.worktime.core.param.Parameter;

/** The penalty in force on a date, read from the {@code kr.penalty.*} rows (kr.md section 6). */
final class KoreanPenalties {

    /** A row's words, decided once per row (and its Korean): the rows are few, the findings many. */
    private static final Map<List<Object>, Text> WORDS = new ConcurrentHashMap<>();

    private KoreanPenalties() {
    }

    /** Working-time offences: Art. 110(1). */
    static Penalty hours(EmployeeContext context, LocalDate date) {
        return of(context, "kr.penalty.hours", date, null);
    }

    /** Wage offences (unpaid premiums): Art. 109(1) until 2026-10-07, Art. 107(1) from 2026-10-08. */
    static Penalty wage(EmployeeContext context, LocalDate date) {
        Text note = context.findParameter("kr.penalty.wage.note", date).map(row -> words(context, row, date)).orElse(Text.empty());
        return of(context, "kr.penalty.wage", date, note);
    }

    /** Lighter offences such as not seeking the after-the-fact approval of Art. 53(4): Art. 114. */
    static Penalty art114(EmployeeContext context, LocalDate date) {
        return of(context, "kr.penalty.art114", date, null);
    }

    static Penalty minimumWage(EmployeeContext context, LocalDate date) {
        return of(context, "kr.penalty.minimum-wage", date, null);
    }

    /** The penalty row in force; before the pack's data begins, a penalty that says so rather than a guess. */
    static Penalty of(EmployeeContext context, String key, LocalDate date, Text note) {
        var found = context.findParameter(key, date);
        if (found.isEmpty()) {
            return new Penalty(new Citation("Labor Standards Act", "penalty provisions", "", ""),
                    Text.of("kr.penalty.not-in-data", "date", date), note);
        }
        return new Penalty(found.get().citation(), words(context, found.get(), date), note);
    }

    /**
     * What a penalty row says, in each language. The rows are dated data with their English and Korean words
     * ({@code key} and {@code key.ko}); the catalog holds the bundled rows' words in every language as
     * {@code <key>.<first day>} (e.g. {@code kr.penalty.hours.2018-05-29}). The catalog's message is used while its
     * English and Korean are the row's own words; a row a user overrides (other words) keeps its words.
     */
    private static Text words(EmployeeContext context, Parameter row, LocalDate date) {
        String ko = context.findParameter(row.key() + ".ko", date).map(Parameter::text).orElse(row.text());
        return WORDS.computeIfAbsent(List.of(row, ko), k -> {
            String id = row.key() + "." + row.effective().getStart();
            if (Catalog.contains(id)) {
                Text message = Text.of(id);
                if (message.in(Language.EN).equals(row.text()) && message.in(Language.KO).equals(ko)) {
                    return message;
                }
            }
            return Text.words(row.text(), ko, null);
        });
    }
}
