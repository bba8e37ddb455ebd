package org.worktime.io.read;

import org.worktime.core.finding.Text;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.joda.money.CurrencyUnit;
import org.worktime.core.param.Parameter;
import org.worktime.core.time.DailyWindow;

/**
 * The type of a parameter's value, as the pack's own rows of the key write it: an override row must be of the same
 * type ({@code banana} is not a duration). Parameter files carry no type column, so the type is inferred from every
 * row of the key in the pack: the most specific kind that all of them are. Numbers are one kind (a rule reading
 * {@code 2} may read {@code 1.5}); a key whose rows are upper-case words takes those words (and, for rounding keys,
 * any rounding mode).
 */
enum ParameterKind {
    BOOLEAN("true or false"),
    DATE("a date (yyyy-MM-dd)"),
    WINDOW("a daily window such as 22:00-06:00"),
    MONEY("an amount with its currency"),
    DURATION("a duration such as 40h, 30min or 8h30min"),
    NUMBER("a number"),
    CHOICE("one of"),
    TEXT("a text");

    /** The longest duration a parameter may state: ten years of hours, beyond any legal period. */
    static final long MAX_DURATION_SECONDS = 10L * 366 * 24 * 3600;
    private static final Pattern WORD = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern DURATION_TEXT = Pattern.compile("(\\d{1,7}(\\.\\d{1,6})?(h|min|m|s|d))+");
    private static final Set<String> ROUNDING = Set.copyOf(Arrays.stream(RoundingMode.values()).map(Enum::name).toList());

    private final String description;

    ParameterKind(String description) {
        this.description = description;
    }

    /** What a value of this kind looks like, for messages. */
    String description() {
        return description;
    }

    /** The kind shared by every value (TEXT when they share none). */
    static ParameterKind of(Collection<String> values) {
        for (ParameterKind kind : values()) {
            if (kind != TEXT && values.stream().allMatch(kind::matchesAlone)) {
                return kind;
            }
        }
        return TEXT;
    }

    /** Whether the value is of this kind, judged on the value alone. */
    private boolean matchesAlone(String value) {
        return problem(value, List.of(value)) == null;
    }

    /**
     * Why the value is not of this kind, or null when it is. {@code packValues} are the pack's values of the key: the
     * currency of an amount and the words of a choice are theirs.
     */
    Text problem(String value, Collection<String> packValues) {
        String v = value.trim();
        switch (this) {
            case BOOLEAN:
                return v.equals("true") || v.equals("false") ? null : expected();
            case DATE:
                try {
                    Values.date(v);
                    return null;
                } catch (ValueException e) {
                    return e.text();
                }
            case WINDOW:
                try {
                    DailyWindow.parse(v);
                    return null;
                } catch (RuntimeException e) {
                    return expected();
                }
            case MONEY:
                return moneyProblem(v, packValues);
            case DURATION:
                if (!DURATION_TEXT.matcher(v.toLowerCase(Locale.ROOT)).matches()) {
                    return expected();
                }
                try {
                    long seconds = Parameter.parseSeconds(v);
                    return seconds <= MAX_DURATION_SECONDS ? null
                            : Text.of("io.read.parameter.duration-too-long", "hours", MAX_DURATION_SECONDS / 3600);
                } catch (RuntimeException e) {
                    return expected();
                }
            case NUMBER:
                try {
                    Values.boundedDecimal(v);
                    return v.isEmpty() || v.indexOf('e') >= 0 || v.indexOf('E') >= 0 ? Text.of("io.read.parameter.plain-number") : null;
                } catch (ValueException e) {
                    return e.text();
                }
            case CHOICE: {
                Set<String> choices = choices(packValues);
                return WORD.matcher(v).matches() && choices.contains(v) ? null
                        : Text.of("io.read.parameter.expected-choice", "choices", String.join(", ", choices));
            }
            default:
                return v.isEmpty() ? Text.of("io.read.value.missing") : null;
        }
    }

    /** "expected" and what this kind of value looks like. */
    private Text expected() {
        return Text.of("io.read.parameter.expected", "kind", name());
    }

    private static Set<String> choices(Collection<String> packValues) {
        Set<String> choices = new TreeSet<>();
        for (String p : packValues) {
            choices.add(p.trim());
            if (ROUNDING.contains(p.trim())) {
                choices.addAll(ROUNDING);
            }
        }
        return choices;
    }

    private static Text moneyProblem(String v, Collection<String> packValues) {
        int space = v.indexOf(' ');
        if (space < 0) {
            return Text.of("io.read.parameter.expected-money", "example", packValues.iterator().next().trim());
        }
        String amount = v.substring(0, space);
        String code = v.substring(space + 1).trim();
        CurrencyUnit currency;
        try {
            currency = Values.currency(code);
        } catch (ValueException e) {
            return e.text();
        }
        for (String p : packValues) {
            String pc = p.trim().substring(p.trim().indexOf(' ') + 1).trim();
            if (!pc.equals(code) && p.trim().indexOf(' ') > 0) {
                return Text.of("io.read.parameter.currency", "currency", pc);
            }
        }
        try {
            Values.money(currency, amount);
            return null;
        } catch (ValueException e) {
            return e.text();
        }
    }
}
