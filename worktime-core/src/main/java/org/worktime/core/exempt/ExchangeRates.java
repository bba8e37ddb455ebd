package org.worktime.core.exempt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import org.joda.money.BigMoney;
import org.joda.money.BigMoneyProvider;
import org.joda.money.CurrencyUnit;

/** The exchange rates a user stated for a run; a conversion without a stated rate is impossible, not guessed. */
public final class ExchangeRates {

    private static final ExchangeRates NONE = new ExchangeRates(List.of());

    private final List<ExchangeRate> rates;

    private ExchangeRates(List<ExchangeRate> rates) {
        this.rates = List.copyOf(rates);
    }

    public static ExchangeRates none() {
        return NONE;
    }

    public static ExchangeRates of(List<ExchangeRate> rates) {
        return new ExchangeRates(rates);
    }

    public List<ExchangeRate> all() {
        return rates;
    }

    /** The rate used to go from one currency to another: a stated one, or the inverse of one stated the other way. */
    public Optional<ExchangeRate> find(CurrencyUnit from, CurrencyUnit to) {
        for (ExchangeRate r : rates) {
            if (r.from().equals(from) && r.to().equals(to)) {
                return Optional.of(r);
            }
        }
        for (ExchangeRate r : rates) {
            if (r.from().equals(to) && r.to().equals(from)) {
                return Optional.of(new ExchangeRate(from, to, BigDecimal.ONE.divide(r.rate(), MathContext.DECIMAL128), r.on(),
                        "inverse of " + r));
            }
        }
        return Optional.empty();
    }

    /** The amount in the target currency, exact; empty when no rate is stated. Same currency converts to itself. */
    public Optional<BigMoney> convert(BigMoneyProvider amount, CurrencyUnit to) {
        BigMoney money = amount.toBigMoney();
        if (money.getCurrencyUnit().equals(to)) {
            return Optional.of(money);
        }
        return find(money.getCurrencyUnit(), to).map(r -> BigMoney.of(to, money.getAmount().multiply(r.rate(), MathContext.DECIMAL128)));
    }
}
