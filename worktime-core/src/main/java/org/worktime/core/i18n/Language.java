package org.worktime.core.i18n;

import java.util.Locale;

/** A language Worktime speaks: every message, label and citation exists in each of them. */
public enum Language {
    EN("en", Locale.ENGLISH),
    KO("ko", Locale.KOREAN),
    JA("ja", Locale.JAPANESE);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The ISO 639-1 code: {@code en}, {@code ko} or {@code ja}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * Reads a language code, ignoring case; a locale tag such as {@code ko-KR} or {@code ja_JP} gives its language.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Language parse(String text) {
        String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = s.indexOf('-');
        String language = dash > 0 ? s.substring(0, dash) : s;
        for (Language l : values()) {
            if (l.code.equals(language)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language '" + text + "': use en, ko or ja");
    }

    /**
     * The language of a jurisdiction's people, for a default when the user names none: Korean for a Korean
     * workplace, Japanese for a Japanese one, English otherwise.
     *
     * @param jurisdiction a workplace's jurisdiction code, e.g. {@code KR}, {@code JP}, {@code US-CA}
     */
    public static Language of(String jurisdiction) {
        String j = jurisdiction == null ? "" : jurisdiction.strip().toUpperCase(Locale.ROOT);
        if (j.startsWith("KR")) {
            return KO;
        }
        if (j.startsWith("JP")) {
            return JA;
        }
        return EN;
    }
}
