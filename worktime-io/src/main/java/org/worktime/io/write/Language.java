package org.worktime.io.write;

import java.util.Locale;

/** The language of an output's messages and labels. */
public enum Language {
    EN("en"),
    KO("ko");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The code {@link org.worktime.core.finding.Text#in(String)} takes: {@code en} or {@code ko}. */
    public String code() {
        return code;
    }

    /**
     * Reads a language code, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Language parse(String text) {
        String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (l.code.equals(s)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language '" + text + "': use en or ko");
    }
}
