package org.worktime.io.read;

import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;

/** A value that does not parse; the message says what is wrong with the text, without file or field. */
public final class ValueException extends Exception {

    private final transient Text text;

    /** What is wrong, a message of a catalog ({@code io.read.value.*}). */
    public ValueException(Text text) {
        super(text.in(Language.EN), null, false, false);
        this.text = text;
    }

    /**
     * What is wrong, in words that are the same in every language.
     *
     * @deprecated say it with a catalog message, {@link #ValueException(Text)}
     */
    @Deprecated
    public ValueException(String message) {
        this(Text.verbatim(message));
    }

    /** What is wrong, to be rendered in the reader's language. */
    public Text text() {
        return text;
    }
}
