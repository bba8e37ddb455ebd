package org.worktime.core.finding;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.worktime.core.i18n.Catalog;
import org.worktime.core.i18n.Language;

/**
 * Something said to a user: a message of a catalog (an id and its named, typed arguments) that each output
 * renders in its language, or, for words a user supplied (a policy's name in a policy file), those words as
 * given. A rule emits a message id and arguments, never a sentence: the sentences live in the modules'
 * {@code messages*.properties} (see {@link Catalog}).
 *
 * <p>Arguments are values, not strings: a {@link java.time.Duration} is written as hours and minutes, a
 * {@link java.time.LocalDate} as an ISO date, {@link org.joda.money.Money} with its currency's grouping and
 * minor unit, a {@link Citation} in the language's legal convention, a number by the locale's rules (so a
 * pattern may choose a plural), a nested {@code Text} in the same language, a list joined.
 */
public final class Text {

    private static final Text EMPTY = Text.words("", "", "");

    private final String id;
    /** Names and values in turn, as given: kept as the caller's array (a rule emits many; most are never rendered). */
    private final Object[] pairs;
    private Map<String, Object> args; // built on first use: a benign race, the map is immutable
    private final Map<Language, String> words;

    private Text(String id, Object[] pairs, Map<Language, String> words) {
        this.id = id;
        this.pairs = pairs;
        this.words = words;
    }

    /**
     * A catalog message.
     *
     * @param id             the message id, e.g. {@code kr.extended-cap.weekly}; its first segment names the module
     *                       whose catalog holds it
     * @param namesAndValues argument names and values in turn: {@code "hours", Duration.ofHours(14), "week", date}
     */
    public static Text of(String id, Object... namesAndValues) {
        Objects.requireNonNull(id, "id");
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException(id + ": arguments come as name, value pairs");
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String)) {
                throw new IllegalArgumentException(id + ": argument " + (i / 2) + " has no name");
            }
        }
        return new Text(id, namesAndValues, null);
    }

    /** A catalog message with its arguments as a map (names in the pattern's order are not required). */
    public static Text of(String id, Map<String, ?> args) {
        Objects.requireNonNull(id, "id");
        Object[] pairs = new Object[args.size() * 2];
        int i = 0;
        for (Map.Entry<String, ?> e : args.entrySet()) {
            pairs[i++] = e.getKey();
            pairs[i++] = e.getValue();
        }
        return new Text(id, pairs, null);
    }

    /**
     * Words a user supplied, in the languages they gave; a language not given falls back to English. Never for
     * Worktime's own sentences, which live in the catalogs.
     */
    public static Text words(String en, String ko, String ja) {
        Objects.requireNonNull(en, "en");
        Map<Language, String> w = new EnumMap<>(Language.class);
        w.put(Language.EN, en);
        w.put(Language.KO, ko == null || ko.isEmpty() ? en : ko);
        w.put(Language.JA, ja == null || ja.isEmpty() ? en : ja);
        return new Text(null, new Object[0], Collections.unmodifiableMap(w));
    }

    /** Words that are the same in every language: an id, a code, a name. */
    public static Text verbatim(String text) {
        return words(text, text, text);
    }

    /** Nothing to say. */
    public static Text empty() {
        return EMPTY;
    }

    /** The message id, or null for a user's words. */
    public String id() {
        return id;
    }

    /** The named arguments, in their order; empty for a user's words. */
    public Map<String, Object> args() {
        Map<String, Object> a = args;
        if (a == null) {
            Map<String, Object> m = new LinkedHashMap<>(pairs.length);
            for (int i = 0; i < pairs.length; i += 2) {
                m.put((String) pairs[i], pairs[i + 1]);
            }
            a = Collections.unmodifiableMap(m);
            args = a;
        }
        return a;
    }

    public boolean isMessage() {
        return id != null;
    }

    /** Rendered in a language. */
    public String in(Language language) {
        if (id == null) {
            return words.get(language);
        }
        return Catalog.render(this, language);
    }

    /** Rendered in a language code ({@code en}, {@code ko}, {@code ja}); English for any other. */
    public String in(String language) {
        Language l;
        try {
            l = Language.parse(language);
        } catch (IllegalArgumentException e) {
            l = Language.EN;
        }
        return in(l);
    }

    public boolean isEmpty() {
        return id == null && words.get(Language.EN).isEmpty();
    }

    /** Rendered in English (a shorthand for tests and logs). */
    public String en() {
        return in(Language.EN);
    }

    /** Rendered in Korean (a shorthand for tests). */
    public String ko() {
        return in(Language.KO);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Text t && Objects.equals(id, t.id) && args().equals(t.args()) && Objects.equals(words, t.words);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, args(), words);
    }

    @Override
    public String toString() {
        return in(Language.EN);
    }
}
