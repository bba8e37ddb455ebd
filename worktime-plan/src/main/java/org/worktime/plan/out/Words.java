package org.worktime.plan.out;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;
import org.worktime.core.time.Durations;
import org.worktime.plan.Paperwork;

/**
 * What the plan writers share: hours and money in the tables' compact form, and the words of the reports, which come
 * from the plan catalog ({@code org/worktime/plan/messages*.properties}).
 */
final class Words {

    private Words() {
    }

    /** A catalog message of the plan module in a language. */
    static String t(Language lang, String id, Object... args) {
        return Text.of(id, args).in(lang);
    }

    static String hours(long seconds) {
        return Durations.hoursAndMinutes(seconds);
    }

    /** {@code KRW 76,936,652} for a table cell; amounts of several currencies joined; {@code -} for none. */
    static String money(Map<CurrencyUnit, Money> amounts) {
        if (amounts.isEmpty()) {
            return "-";
        }
        StringBuilder s = new StringBuilder();
        amounts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (!s.isEmpty()) {
                s.append(" + ");
            }
            s.append(money(e.getValue()));
        });
        return s.toString();
    }

    static String money(Money m) {
        int places = Math.max(0, m.getCurrencyUnit().getDecimalPlaces());
        DecimalFormat f = new DecimalFormat(places == 0 ? "#,##0" : "#,##0." + "0".repeat(places), DecimalFormatSymbols.getInstance(Locale.ROOT));
        return m.getCurrencyUnit().getCode() + " " + f.format(m.getAmount());
    }

    /** The amounts as a sentence's argument: each with its currency, in the currencies' order. */
    static List<Money> amounts(Map<CurrencyUnit, Money> amounts) {
        return amounts.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
    }

    /** {@code [by 2027-01-03] what (Art. 53(1), KR-LSA-53-1)}, or {@code [on file] ...}. */
    static List<String> paperwork(List<Paperwork> list, Language lang) {
        List<String> lines = new ArrayList<>();
        for (Paperwork w : list) {
            lines.add(t(lang, "plan.paperwork.line", "status", w.onFile() ? "onFile" : "due", "deadline", w.deadline(), "what", w.what(),
                    "article", w.article(), "kind", w.kind() == null ? "none" : w.kind()));
        }
        return lines;
    }

    static String yesNo(Language lang, boolean yes) {
        return t(lang, yes ? "plan.yes" : "plan.no");
    }
}
