package org.worktime.core.finding;

import java.util.Objects;

/** A sentence in English and Korean; outputs pick one with {@code --lang}. */
public record Text(String en, String ko) {

    public Text {
        Objects.requireNonNull(en, "en");
        ko = ko == null || ko.isEmpty() ? en : ko;
    }

    public static Text of(String en, String ko) {
        return new Text(en, ko);
    }

    /** The text in a language code ({@code en} or {@code ko}); English for any other. */
    public String in(String language) {
        return "ko".equalsIgnoreCase(language) ? ko : en;
    }

    @Override
    public String toString() {
        return en;
    }
}
