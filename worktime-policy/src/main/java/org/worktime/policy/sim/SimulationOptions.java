package org.worktime.policy.sim;

import java.util.List;
import java.util.Objects;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.exempt.ExchangeRates;

/**
 * What to simulate over.
 *
 * @param period      the dates of the time records to judge, half-open; decisions are taken on its last day
 * @param rates       exchange rates stated on the command line (they win over a policy file's)
 * @param sweep       salary thresholds (in each policy's currency) to sweep; empty for no sweep
 * @param bandEdges   the edges of the salary bands, ascending, in KRW a year (default 50 M, 80 M, 100 M, 150 M)
 */
public record SimulationOptions(LocalDateRange period, ExchangeRates rates, List<Money> sweep, List<Money> bandEdges) {

    public static final List<Money> DEFAULT_BANDS = List.of(Money.parse("KRW 50000000"), Money.parse("KRW 80000000"),
            Money.parse("KRW 100000000"), Money.parse("KRW 150000000"));

    public SimulationOptions {
        Objects.requireNonNull(period, "period");
        rates = rates == null ? ExchangeRates.none() : rates;
        sweep = List.copyOf(sweep == null ? List.of() : sweep);
        bandEdges = List.copyOf(bandEdges == null || bandEdges.isEmpty() ? DEFAULT_BANDS : bandEdges);
    }

    public static SimulationOptions of(LocalDateRange period) {
        return new SimulationOptions(period, null, null, null);
    }

    public SimulationOptions withRates(ExchangeRates r) {
        return new SimulationOptions(period, r, sweep, bandEdges);
    }

    public SimulationOptions withSweep(List<Money> thresholds) {
        return new SimulationOptions(period, rates, thresholds, bandEdges);
    }
}
