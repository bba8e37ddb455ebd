package org.worktime.server.simulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;
import org.joda.money.Money;
import org.worktime.core.exempt.ExchangeRate;
import org.worktime.io.read.ValueException;
import org.worktime.io.read.Values;
import org.worktime.server.web.FieldProblem;

/**
 * The options of {@code worktime simulate} as the API takes them: a threshold sweep ({@code --sweep MIN:MAX:STEP}, in
 * KRW a year, {@code M} for millions) and stated exchange rates ({@code --rate FROM/TO=RATE@DATE}), read with the
 * CLI's limits (at most {@value #MAX_POINTS} sweep points; a positive rate between two currencies).
 */
final class SimulationParameters {

    static final int MAX_POINTS = 1000;

    /** The sweep as asked for: each bound as written, in KRW. */
    record Sweep(BigDecimal from, BigDecimal to, BigDecimal step) {

        List<Money> thresholds() {
            List<Money> points = new ArrayList<>();
            for (BigDecimal t = from; t.compareTo(to) <= 0; t = t.add(step)) {
                points.add(Money.of(CurrencyUnit.of("KRW"), t));
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

    /** The sweep of a request body ({@code {"from": "50M", "to": "150M", "step": "10M"}}), or null; problems are added. */
    static Sweep sweep(Map<String, Object> body, List<FieldProblem> problems) {
        if (body == null) {
            return null;
        }
        BigDecimal from = won(body.get("from"), "sweep.from", problems);
        BigDecimal to = won(body.get("to"), "sweep.to", problems);
        BigDecimal step = won(body.get("step"), "sweep.step", problems);
        if (from == null || to == null || step == null) {
            return null;
        }
        if (step.signum() <= 0) {
            problems.add(FieldProblem.field("sweep.step", "must be more than 0"));
            return null;
        }
        if (to.compareTo(from) < 0) {
            problems.add(FieldProblem.field("sweep.to", "before sweep.from (" + from.toPlainString() + ")"));
            return null;
        }
        BigDecimal points = to.subtract(from).divideToIntegralValue(step).add(BigDecimal.ONE);
        if (points.compareTo(BigDecimal.valueOf(MAX_POINTS)) > 0) {
            problems.add(FieldProblem.field("sweep.step", "the sweep has " + points.toPlainString() + " points; at most " + MAX_POINTS));
            return null;
        }
        return new Sweep(from, to, step);
    }

    /** A whole number of won, 0 or more, written as a number or as a text with {@code M} for millions. */
    private static BigDecimal won(Object value, String field, List<FieldProblem> problems) {
        if (value == null || value.toString().isBlank()) {
            problems.add(FieldProblem.field(field, "required: an amount in KRW a year (e.g. 100000000 or 100M)"));
            return null;
        }
        String t = value.toString().strip().toUpperCase(Locale.ROOT);
        boolean millions = t.endsWith("M");
        BigDecimal v;
        try {
            v = Values.boundedDecimal(millions ? t.substring(0, t.length() - 1) : t);
        } catch (ValueException e) {
            problems.add(FieldProblem.field(field, "'" + value + "' is not an amount: " + e.text().in("en")));
            return null;
        }
        v = millions ? v.multiply(BigDecimal.valueOf(1_000_000)) : v;
        if (v.signum() < 0 || v.stripTrailingZeros().scale() > 0 || v.compareTo(Values.MAX_NUMBER) > 0) {
            problems.add(FieldProblem.field(field, "'" + value + "' is not a whole number of won from 0 to " + Values.MAX_NUMBER.toPlainString()));
            return null;
        }
        return v.setScale(0);
    }

    /** The stated rates, each {@code FROM/TO=RATE@DATE} (as {@code --rate}); problems name {@code rates[i]}. */
    static List<ExchangeRate> rates(List<String> rates, List<FieldProblem> problems) {
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
                problems.add(FieldProblem.field(field, "'" + v + "' is not FROM/TO=RATE@DATE, e.g. USD/KRW=1350@2026-03-01"));
                continue;
            }
            try {
                CurrencyUnit from = CurrencyUnit.of(v.substring(0, slash).strip().toUpperCase(Locale.ROOT));
                CurrencyUnit to = CurrencyUnit.of(v.substring(slash + 1, eq).strip().toUpperCase(Locale.ROOT));
                BigDecimal rate = Values.boundedDecimal(v.substring(eq + 1, at));
                LocalDate on = LocalDate.parse(v.substring(at + 1).strip());
                if (rate.signum() <= 0 || from.equals(to)) {
                    problems.add(FieldProblem.field(field, "'" + v + "': the rate must be more than 0, between two currencies"));
                    continue;
                }
                // The source names the API parameter, as the CLI's names its option: no salary is converted at a hidden rate.
                read.add(new ExchangeRate(from, to, rate, on, "rates " + v));
            } catch (IllegalCurrencyException e) {
                problems.add(FieldProblem.field(field, "'" + v + "': unknown currency code"));
            } catch (ValueException e) {
                problems.add(FieldProblem.field(field, "'" + v + "': the rate is not a number: " + e.text().in("en")));
            } catch (DateTimeParseException e) {
                problems.add(FieldProblem.field(field, "'" + v + "': the date is not an ISO date (YYYY-MM-DD)"));
            }
        }
        return read;
    }
}
