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
}
