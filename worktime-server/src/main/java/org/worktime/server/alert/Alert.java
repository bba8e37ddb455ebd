package org.worktime.server.alert;

import java.time.Instant;
import java.time.LocalDate;
import org.worktime.core.finding.Citation;
import org.worktime.core.i18n.Language;

/**
 * One alert as stored: who, what kind, which rule and period (with the kind, the dedupe key), the cap, the citation and
 * the engine's sentence in each language.
 *
 * @param capSeconds the cap in force when it is a duration; null otherwise
 * @param capText    the cap when it is not a duration (money, a count), as the engine displays it; null without a cap
 */
public record Alert(long id, String tenant, String workplace, String employee, String employeeName, String team, Kind kind, String rule,
        LocalDate from, LocalDate to, Long capSeconds, String capText, Citation citation, String textEn, String textKo, String textJa,
        Instant raisedAt) {

    /** What the alert says; the preference of each is a column of alert_preference. */
    public enum Kind {
        /** Recorded and planned work already exceed a ceiling (the watch's BREACH_CERTAIN). */
        BREACH_CERTAIN("certain"),
        /** Less than the margin left, or a projection over a ceiling (the watch's AT_RISK). */
        BREACH_LIKELY("likely"),
        /** A violation found on recorded time. */
        FINDING("finding");

        /** The word of the catalogs' selects. */
        final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    public String text(Language language) {
        return switch (language) {
            case EN -> textEn;
            case KO -> textKo;
            case JA -> textJa;
        };
    }
}
