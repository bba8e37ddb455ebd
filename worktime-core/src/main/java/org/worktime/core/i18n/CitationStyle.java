package org.worktime.core.i18n;

import org.worktime.core.finding.Citation;

/** A citation written as the profession writes it in each language. */
public final class CitationStyle {

    private CitationStyle() {
    }

    /** The law and article, e.g. {@code Labor Standards Act Art. 53(1)}, {@code 근로기준법 제53조제1항}. */
    public static String format(Citation citation, Language language) {
        return citation.shortText();
    }
}
