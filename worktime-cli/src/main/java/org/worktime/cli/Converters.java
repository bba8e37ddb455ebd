package org.worktime.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.worktime.io.write.Format;
import org.worktime.io.write.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option converters whose failures read as plain sentences (picocli turns them into usage errors, exit 2). */
final class Converters {

    private Converters() {
    }

    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date: use YYYY-MM-DD, e.g. 2025-03-31");
            }
        }
    }

    static final class AsOfConverter implements ITypeConverter<AsOf> {
        @Override
        public AsOf convert(String value) {
            try {
                return AsOf.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /**
     * A stated exchange rate, {@code FROM/TO=RATE@DATE} (e.g. {@code USD/KRW=1400.5@2026-11-02}): one unit of FROM is
     * worth RATE units of TO, as published on DATE.
     */
    static final class RateConverter implements ITypeConverter<org.worktime.core.exempt.ExchangeRate> {
        @Override
        public org.worktime.core.exempt.ExchangeRate convert(String value) {
            String s = value.strip();
            int slash = s.indexOf('/');
            int eq = s.indexOf('=');
            int at = s.indexOf('@');
            if (slash != 3 || eq != 7 || at < eq + 2) {
                throw new TypeConversionException("'" + value + "' is not an exchange rate: use FROM/TO=RATE@DATE, e.g. USD/KRW=1400.5@2026-11-02");
            }
            try {
                org.joda.money.CurrencyUnit from = org.joda.money.CurrencyUnit.of(s.substring(0, 3));
                org.joda.money.CurrencyUnit to = org.joda.money.CurrencyUnit.of(s.substring(4, 7));
                java.math.BigDecimal rate = new java.math.BigDecimal(s.substring(eq + 1, at));
                LocalDate on = LocalDate.parse(s.substring(at + 1));
                return new org.worktime.core.exempt.ExchangeRate(from, to, rate, on, "stated on the command line");
            } catch (org.joda.money.IllegalCurrencyException e) {
                throw new TypeConversionException("'" + value + "': unknown currency code (use ISO 4217 codes such as USD, KRW, JPY)");
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "': the rate is not a number");
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "': the date is not YYYY-MM-DD");
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "': " + e.getMessage());
            }
        }
    }
}
