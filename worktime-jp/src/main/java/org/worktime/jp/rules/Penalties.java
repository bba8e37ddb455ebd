package org.worktime.jp.rules;

import java.time.LocalDate;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Penalty;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Catalog;
import org.worktime.core.i18n.Language;
import org.worktime.core.param.Parameter;

/** The penalty in force on a date, read from the {@code jp.penalty.*} rows (C2.9). */
final class Penalties {

    private Penalties() {
    }

    /** Art. 119: Arts 32, 34, 35, 36(6), 37 and the hours agreed under Art. 36. 拘禁刑 from 2025-06-01. */
    static Penalty art119(EmployeeContext context, LocalDate date) {
        return of(context, "jp.penalty.art119", date);
    }

    /** ISHA Art. 120: the doctor interviews of Arts 66-8-2 and 66-8-4. */
    static Penalty isha120(EmployeeContext context, LocalDate date) {
        return of(context, "jp.penalty.isha120", date);
    }

    /**
     * ISHA Art. 66-8(1), the interview on request: no penal provision found for it (Art. 120 names Arts 66-8-2 and
     * 66-8-4); the row says so, and that this is uncertain, rather than borrow Art. 120's fine.
     */
    /** Art. 120: a fine, e.g. for not giving the five days of annual leave of Art. 39(7). */
    static Penalty art120(EmployeeContext context, LocalDate date) {
        return of(context, "jp.penalty.art120", date);
    }

    static Penalty isha66_8(EmployeeContext context, LocalDate date) {
        return of(context, "jp.penalty.isha66-8", date);
    }

    /** Minimum Wage Act Art. 40: paying less than a regional minimum wage (Art. 4(1)). */
    static Penalty mwa40(EmployeeContext context, LocalDate date) {
        return of(context, "jp.penalty.mwa40", date);
    }

    /** The row in force; before the pack's data begins, a penalty that says so rather than a guess. */
    private static Penalty of(EmployeeContext context, String key, LocalDate date) {
        var found = context.findParameter(key, date);
        if (found.isEmpty()) {
            return new Penalty(new Citation("Labor Standards Act (Japan)", "Arts 117-121", "", ""),
                    Text.of("jp.penalty.not-in-data", "date", date), null);
        }
        Parameter row = found.get();
        // A row of the pack's own catalog says the same on every date: one Penalty per row and employee.
        java.util.Map<Parameter, Penalty> known = JpFacts.of(context).penalties();
        Penalty penalty = known.get(row);
        if (penalty != null) {
            return penalty;
        }
        java.util.Optional<Text> catalogued = JpFacts.of(context).kept(new CataloguedKey(key, row), () -> catalogued(key, row));
        if (catalogued.isPresent()) {
            penalty = new Penalty(row.citation(), catalogued.get(), null);
            known.put(row, penalty);
            return penalty;
        }
        return new Penalty(row.citation(), userWords(context, key, row, date), null);
    }

    /**
     * The sanction in words. The pack's own rows are said from the catalog, one message per row
     * ({@code jp.penalty.art119.2025-06-01}: the key and the day the row takes effect; {@link #catalogued}); a row
     * given in a parameters file, whose text is not the pack's, is the user's words, with its {@code .ko} row when given.
     */
    private static Text userWords(EmployeeContext context, String key, Parameter row, LocalDate date) {
        String ko = context.findParameter(key + ".ko", date).map(Parameter::text).orElse(row.text());
        return Text.words(row.text(), ko, null);
    }

    /**
     * The catalog's message for the row, when the row is the pack's own (its English is the row's text); else empty.
     * Asked once per row and employee: the comparison renders the message, which the findings and pay lines must not
     * do each time they name a penalty.
     */
    private static java.util.Optional<Text> catalogued(String key, Parameter row) {
        String id = key + "." + row.effective().getStart();
        if (Catalog.contains(id)) {
            Text catalogued = Text.of(id);
            if (catalogued.in(Language.EN).equals(row.text())) {
                return java.util.Optional.of(catalogued);
            }
        }
        return java.util.Optional.empty();
    }

    private record CataloguedKey(String key, Parameter row) {
    }
}
