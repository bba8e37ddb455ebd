package org.worktime.server.ui;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.worktime.core.i18n.Language;

/**
 * The language of a page: the one the user chose (the {@value #COOKIE} cookie), else the first of the browser's
 * Accept-Language that Worktime speaks, else English.
 */
public final class PageLanguage {

    public static final String COOKIE = "worktime-lang";

    private PageLanguage() {
    }

    public static Language of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName())) {
                    Language chosen = parse(c.getValue());
                    if (chosen != null) {
                        return chosen;
                    }
                }
            }
        }
        String header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                    Language l = parse(range.getRange());
                    if (l != null && range.getWeight() > 0) {
                        return l;
                    }
                }
            } catch (IllegalArgumentException ignored) {
                // a malformed header: English
            }
        }
        return Language.EN;
    }

    /** The language of a code, or null when Worktime does not speak it. */
    public static Language parse(String code) {
        if (code == null || code.isBlank() || code.equals("*")) {
            return null;
        }
        try {
            return Language.parse(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static List<Language> all() {
        return List.of(Language.KO, Language.EN, Language.JA);
    }
}
