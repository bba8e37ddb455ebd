package org.worktime.core.finding;

import java.util.Objects;

/**
 * The criminal or administrative exposure a violation carries under the law in force on its date.
 *
 * @param summary e.g. {@code imprisonment up to 2 years or a fine up to KRW 20,000,000}, in English and Korean
 * @param note    conditions on prosecution and the like, or empty
 */
public record Penalty(Citation citation, Text summary, Text note) {

    public Penalty {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(summary, "summary");
        note = note == null ? Text.empty() : note;
    }
}
