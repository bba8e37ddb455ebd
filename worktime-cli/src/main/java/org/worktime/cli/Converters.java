package org.worktime.cli;

import org.worktime.core.finding.Text;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.worktime.io.write.Format;
import org.worktime.core.i18n.Language;
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
                throw new TypeConversionException(Text.of("cli.option.format", "value", value).in(Languages.ambient()));
            }
        }
    }

    static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(Text.of("cli.option.language", "value", value).in(Languages.ambient()));
            }
        }
    }

    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            // Strictly four-digit years: LocalDate.parse would take +999999999-12-31, a date no evaluation can reach.
            try {
                return org.worktime.io.read.Values.date(value);
            } catch (org.worktime.io.read.ValueException e) {
                // The reason a well-formed date does not exist (no February 30) is worth saying; the rest is the format.
                Object reason = "io.read.value.no-such-date".equals(e.text().id()) ? e.text().args().get("reason") : null;
                throw new TypeConversionException(Text.of("cli.option.date", "value", value,
                        "why", reason == null ? Text.empty() : Text.of("cli.option.date-why", "reason", reason)).in(Languages.ambient()));
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
     * worth RATE units of TO, as published on DATE. Codes in any case; spaces around the parts are ignored.
     */
    static final class RateConverter implements ITypeConverter<org.worktime.core.exempt.ExchangeRate> {
        @Override
        public org.worktime.core.exempt.ExchangeRate convert(String value) {
            String v = value.strip();
            int slash = v.indexOf('/');
            int eq = v.indexOf('=');
            int at = v.indexOf('@');
            if (slash < 0 || eq < slash || at < eq) {
                throw new TypeConversionException(Text.of("cli.option.rate-syntax", "value", value).in(Languages.ambient()));
            }
            try {
                org.joda.money.CurrencyUnit from = org.joda.money.CurrencyUnit.of(v.substring(0, slash).strip().toUpperCase(java.util.Locale.ROOT));
                org.joda.money.CurrencyUnit to = org.joda.money.CurrencyUnit.of(v.substring(slash + 1, eq).strip().toUpperCase(java.util.Locale.ROOT));
                java.math.BigDecimal rate = org.worktime.io.read.Values.boundedDecimal(v.substring(eq + 1, at));
                LocalDate on = LocalDate.parse(v.substring(at + 1).strip());
                if (rate.signum() <= 0 || from.equals(to)) {
                    throw new TypeConversionException(Text.of("cli.option.rate-positive", "value", value).in(Languages.ambient()));
                }
                return new org.worktime.core.exempt.ExchangeRate(from, to, rate, on, "--rate " + v);
            } catch (org.joda.money.IllegalCurrencyException e) {
                throw new TypeConversionException(Text.of("cli.option.rate-currency", "value", value).in(Languages.ambient()));
            } catch (org.worktime.io.read.ValueException e) {
                throw new TypeConversionException(Text.of("cli.option.rate-value", "value", value, "why", e.text()).in(Languages.ambient()));
            } catch (DateTimeParseException e) {
                throw new TypeConversionException(Text.of("cli.option.rate-date", "value", value).in(Languages.ambient()));
            }
        }
    }
}
