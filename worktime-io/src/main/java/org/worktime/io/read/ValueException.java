package org.worktime.io.read;

/** A value that does not parse; the message says what is wrong with the text, without file or field. */
public final class ValueException extends Exception {

    public ValueException(String message) {
        super(message, null, false, false);
    }
}
