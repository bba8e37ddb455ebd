package org.worktime.core.param;

import java.time.LocalDate;

/** No row of a parameter is in force on a date: the pack's data does not cover it. */
public final class MissingParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final LocalDate date;

    public MissingParameterException(String key, LocalDate date) {
        super("No value of parameter " + key + " is in force on " + date);
        this.key = key;
        this.date = date;
    }

    public String key() {
        return key;
    }

    public LocalDate date() {
        return date;
    }
}
