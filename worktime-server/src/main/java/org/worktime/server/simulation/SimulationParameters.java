package org.worktime.server.simulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;
import org.joda.money.Money;
import org.worktime.core.exempt.ExchangeRate;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;
import org.worktime.io.read.ValueException;
import org.worktime.io.read.Values;
import org.worktime.server.web.FieldProblem;

/**
 * The options of {@code worktime simulate} as the API takes them: a threshold sweep ({@code --sweep MIN:MAX:STEP}, in
 * KRW a year, {@code M} for millions) and stated exchange rates ({@code --rate FROM/TO=RATE@DATE}), read with the
 * CLI's limits (at most {@value #MAX_POINTS} sweep points; a positive rate between two currencies). The problems are
 * said in a language (the API's: the request's; the Simulation page's: the page's), from the
 * {@code server.simulation.*} messages; their fields stay the API's names.
 */
public final class SimulationParameters {

    public static final int MAX_POINTS = 1000;

    private static final CurrencyUnit KRW = CurrencyUnit.of("KRW");

    /** The sweep as asked for: each bound as written, in KRW. */
    public record Sweep(BigDecimal from, BigDecimal to, BigDecimal step) {

        List<Money> thresholds() {
            List<Money> points = new ArrayList<>();
            for (BigDecimal t = from; t.compareTo(to) <= 0; t = t.add(step)) {
                points.add(Money.of(KRW, t));
            }
            return points;
        }

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", from.toPlainString());
            m.put("to", to.toPlainString());
            m.put("step", step.toPlainString());
            return m;
        }
    }

    private SimulationParameters() {
    }

    /**
     * The sweep of a request body ({@code {"from": "50M", "to": "150M", "step": "10M"}}), or null; problems are added.
     *
     * @param said where the problems go, in which language, and the name each field is given there
     */
    public static Sweep sweep(Map<String, Object> body, Problems said) {
        if (body == null) {
            return null;
        }
        BigDecimal from = won(body.get("from"), "sweep.from", said);
        BigDecimal to = won(body.get("to"), "sweep.to", said);
        BigDecimal step = won(body.get("step"), "sweep.step", said);
        if (from == null || to == null || step == null) {
            return null;
        }
        if (step.signum() <= 0) {
            said.add("sweep.step", Text.of("server.simulation.sweep.step-positive"));
            return null;
        }
        if (to.compareTo(from) < 0) {
            said.add("sweep.to", Text.of("server.simulation.sweep.to-before-from", "field", said.name("sweep.from"), "from", Money.of(KRW, from)));
            return null;
        }
        BigDecimal points = to.subtract(from).divideToIntegralValue(step).add(BigDecimal.ONE);
        if (points.compareTo(BigDecimal.valueOf(MAX_POINTS)) > 0) {
            said.add("sweep.step", Text.of("server.simulation.sweep.too-many-points", "points", points, "max", MAX_POINTS));
            return null;
        }
        return new Sweep(from, to, step);
    }

    /** A whole number of won, 0 or more, written as a number or as a text with {@code M} for millions. */
    private static BigDecimal won(Object value, String field, Problems problems) {
        if (value == null || value.toString().isBlank()) {
            problems.add(field, Text.of("server.simulation.amount.required"));
            return null;
        }
        String t = value.toString().strip().toUpperCase(Locale.ROOT);
        boolean millions = t.endsWith("M");
        BigDecimal v;
        try {
            v = Values.boundedDecimal(millions ? t.substring(0, t.length() - 1) : t);
        } catch (ValueException e) {
            problems.add(field, Text.of("server.simulation.amount.not-number", "value", value.toString(), "reason", e.text()));
            return null;
        }
        v = millions ? v.multiply(BigDecimal.valueOf(1_000_000)) : v;
        if (v.signum() < 0 || v.stripTrailingZeros().scale() > 0 || v.compareTo(Values.MAX_NUMBER) > 0) {
            problems.add(field, Text.of("server.simulation.amount.not-whole", "value", value.toString(), "max", Money.of(KRW, Values.MAX_NUMBER)));
            return null;
        }
        return v.setScale(0);
    }

    /** The stated rates, each {@code FROM/TO=RATE@DATE} (as {@code --rate}); problems name {@code rates[i]}. */
    public static List<ExchangeRate> rates(List<String> rates, Problems said) {
        List<ExchangeRate> read = new ArrayList<>();
        if (rates == null) {
            return read;
        }
        for (int i = 0; i < rates.size(); i++) {
            String field = "rates[" + i + "]";
            String v = rates.get(i) == null ? "" : rates.get(i).strip();
            int slash = v.indexOf('/');
            int eq = v.indexOf('=');
            int at = v.indexOf('@');
            if (slash < 0 || eq < slash || at < eq) {
                said.add(field, Text.of("server.simulation.rate.shape", "value", v, "date", LocalDate.of(2026, 3, 1)));
                continue;
            }
            try {
                CurrencyUnit from = CurrencyUnit.of(v.substring(0, slash).strip().toUpperCase(Locale.ROOT));
                CurrencyUnit to = CurrencyUnit.of(v.substring(slash + 1, eq).strip().toUpperCase(Locale.ROOT));
                BigDecimal rate = Values.boundedDecimal(v.substring(eq + 1, at));
                LocalDate on = LocalDate.parse(v.substring(at + 1).strip());
                if (rate.signum() <= 0 || from.equals(to)) {
                    said.add(field, Text.of("server.simulation.rate.not-positive", "value", v));
                    continue;
                }
                // The source names the API parameter, as the CLI's names its option: no salary is converted at a hidden rate.
                read.add(new ExchangeRate(from, to, rate, on, "rates " + v));
            } catch (IllegalCurrencyException e) {
                said.add(field, Text.of("server.simulation.rate.currency", "value", v));
            } catch (ValueException e) {
                said.add(field, Text.of("server.simulation.rate.not-number", "value", v, "reason", e.text()));
            } catch (DateTimeParseException e) {
                said.add(field, Text.of("server.simulation.rate.date", "value", v));
            }
        }
        return read;
    }

    /**
     * The problems being collected, each said in one language, on a field named by {@code names} from the API's name
     * ({@code sweep.to}, {@code rates[2]}): the API keeps its names, the Simulation page shows its labels.
     */
    public record Problems(List<FieldProblem> list, Language language, UnaryOperator<String> names) {

        void add(String field, Text text) {
            list.add(FieldProblem.field(names.apply(field), text.in(language)));
        }

        Text name(String field) {
            return Text.verbatim(names.apply(field));
        }
    }
}
