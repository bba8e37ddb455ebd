package org.worktime.plan.out;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.worktime.core.time.Durations;
import org.worktime.core.i18n.Language;

/** What the plan writers share: hours, money and the few labels of the reports, in English and Korean. */
final class Words {

    private Words() {
    }

    static String hours(long seconds) {
        return Durations.hoursAndMinutes(seconds);
    }

    /** {@code KRW 76,936,652}; amounts of several currencies joined; {@code -} for none. */
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

    /** {@code [by 2027-01-03] what (Art. 53(1), KR-LSA-53-1)}, or {@code [on file] ...}. */
    static java.util.List<String> paperwork(java.util.List<org.worktime.plan.Paperwork> list, Language lang) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (org.worktime.plan.Paperwork w : list) {
            String status = w.onFile() ? t(lang, "on file", "비치됨") : t(lang, "by " + w.deadline(), w.deadline() + "까지");
            lines.add("[" + status + "] " + w.what().in(lang.code()) + " (" + w.article() + (w.kind() == null ? "" : ", " + w.kind()) + ")");
        }
        return lines;
    }

    static String t(Language lang, String en, String ko) {
        return lang == Language.KO ? ko : en;
    }
}
