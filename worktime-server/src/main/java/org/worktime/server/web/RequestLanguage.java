package org.worktime.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.worktime.core.i18n.Language;

/**
 * The language of an answer: the {@code lang} query parameter when given ({@code en}, {@code ko}, {@code ja}; any other
 * value is a 400), else the first language of the {@code Accept-Language} header that Worktime speaks (by the client's
 * weights: {@code ja-JP,ja;q=0.9,en;q=0.8} is Japanese, {@code fr,ko;q=0.5} Korean), else English. Findings, pay
 * lines and the readers' problems in a 422 are said in it.
 */
public final class RequestLanguage {

    /**
     * A request attribute naming the language outright: set by a page that hands a form to an API service, so that the
     * service's problems are said in the page's language (its cookie), not the browser's Accept-Language.
     */
    public static final String ATTRIBUTE = RequestLanguage.class.getName();

    private RequestLanguage() {
    }

    /** The current request's language; English outside a request (an asynchronous job). */
    public static Language current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return Language.EN;
        }
        HttpServletRequest request = servlet.getRequest();
        if (request.getAttribute(ATTRIBUTE) instanceof Language page) {
            return page;
        }
        return of(request.getParameter("lang"), request.getHeader("Accept-Language"));
    }

    /**
     * @param lang           the {@code lang} query parameter, or null
     * @param acceptLanguage the {@code Accept-Language} header, or null
     * @throws ApiException 400 when {@code lang} names no language Worktime speaks
     */
    public static Language of(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            try {
                return Language.parse(lang);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("lang: " + e.getMessage());
            }
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Language.EN;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return Language.EN; // a malformed header is the client's noise, not a reason to refuse the request
        }
        for (Locale.LanguageRange range : ranges) { // parse sorts them by weight, highest first
            if (range.getWeight() <= 0) {
                continue;
            }
            try {
                return Language.parse(range.getRange());
            } catch (IllegalArgumentException notOurs) {
                // the next preference
            }
        }
        return Language.EN;
    }
}
