package org.worktime.server.ui.exemptions;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.worktime.core.exempt.ExchangeRate;
import org.worktime.core.exempt.ExchangeRates;
import org.worktime.core.finding.Text;
import org.worktime.io.read.ValueException;
import org.worktime.io.read.Values;

/**
 * The exchange rates a user stated on the Exemptions page ("1 USD = 1,400 KRW as of 2026-03-02"), kept in their HTTP
 * session (so for as long as they are signed in, on every workplace of the same currency), as the planner's project
 * file states them under {@code exchangeRates:}. Nothing is converted here: the engine's {@link ExchangeRates} does it,
 * inside the exemption tests; a regime in a currency with no stated rate stays undetermined.
 */
final class StatedRates {

    static final String SESSION = StatedRates.class.getName();
    /** Where a rate came from, for the engine's evidence and the JSON of an export. */
    static final String SOURCE = "stated on the Exemptions page";

    /** One stated rate: 1 {@code from} = {@code rate} {@code to}, as of {@code on}. */
    record Stated(String from, String to, BigDecimal rate, LocalDate on) implements Serializable {
        ExchangeRate exchangeRate() {
            return new ExchangeRate(CurrencyUnit.of(from), CurrencyUnit.of(to), rate, on, SOURCE);
        }
    }

    /** A field of the form the page refuses, with the reason in the catalogs' words. */
    record Problem(String field, Text message) {
    }

    private StatedRates() {
    }

    /** The rates of the session whose target is {@code base} (the page's currency), by their foreign currency. */
    @SuppressWarnings("unchecked")
    static Map<String, Stated> of(HttpSession session, String base) {
        Object kept = session == null ? null : session.getAttribute(SESSION);
        Map<String, Stated> out = new LinkedHashMap<>();
        if (kept instanceof List<?> list) {
            for (Stated s : (List<Stated>) list) {
                if (s.to().equals(base)) {
                    out.put(s.from(), s);
                }
            }
        }
        return out;
    }

    static ExchangeRates engine(Map<String, Stated> stated) {
        return ExchangeRates.of(stated.values().stream().map(Stated::exchangeRate).toList());
    }

    /** Replaces the session's rates into {@code base} with those given, keeping the rates into other currencies. */
    @SuppressWarnings("unchecked")
    static void keep(HttpSession session, String base, Map<String, Stated> rates) {
        List<Stated> all = new ArrayList<>();
        if (session.getAttribute(SESSION) instanceof List<?> list) {
            for (Stated s : (List<Stated>) list) {
                if (!s.to().equals(base)) {
                    all.add(s);
                }
            }
        }
        all.addAll(rates.values());
        session.setAttribute(SESSION, all);
    }

    /**
     * Reads the form's rate and date of one foreign currency: empty when the rate is left blank (no rate), else the rate
     * (io's {@link Values#positiveDecimal}: a number above 0) and its as-of date, each refusal naming its field.
     */
    static Stated read(String from, String base, String rateText, String onText, List<Problem> problems) {
        String rate = rateText == null ? "" : rateText.strip().replace(",", "");
        if (rate.isEmpty()) {
            return null;
        }
        BigDecimal value = null;
        try {
            value = Values.positiveDecimal(rate);
        } catch (ValueException e) {
            problems.add(new Problem("rate-" + from, Text.of("server.ui.exemptions.rate.invalid", "from", from, "to", base, "reason", e.text())));
        }
        LocalDate on = null;
        String date = onText == null ? "" : onText.strip();
        if (date.isEmpty()) {
            problems.add(new Problem("on-" + from, Text.of("server.ui.exemptions.rate.date-missing", "from", from, "to", base)));
        } else {
            try {
                on = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                problems.add(new Problem("on-" + from, Text.of("server.ui.exemptions.rate.date-invalid", "from", from, "to", base, "value", date)));
            }
        }
        return value == null || on == null ? null : new Stated(from, base, value, on);
    }
}
