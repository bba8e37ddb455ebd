package org.worktime.server.ui.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One agreement or arrangement of the workplace document as the page lists it: its kind and what family of
 * arrangement it is, its validity and its state on today's date in the workplace's zone, who it covers and its terms.
 *
 * @param index     its place in the document's {@code agreements} list (what an edit names)
 * @param family    {@code art53}, {@code special-extended}, {@code flexible}, {@code selective}, {@code art36} or {@code other}
 * @param state     {@code in-force}, {@code expired} or {@code future}
 * @param employees the ids it names; empty for every employee
 */
public record AgreementRow(int index, String kind, String family, LocalDate from, LocalDate to, String state, List<String> employees,
        Map<String, String> terms) {

    /** The family of a kind, for the page's words: the arrangements people ask about by name. */
    static String family(String kind) {
        if (kind.equals("KR-LSA-53-1") || kind.equals("KR-LSA-53-3")) {
            return "art53";
        }
        if (kind.equals("KR-LSA-53-4")) {
            return "special-extended";
        }
        if (kind.startsWith("KR-LSA-51") || kind.startsWith("JP-LSA-32-2") || kind.startsWith("JP-LSA-32-4") || kind.startsWith("JP-LSA-32-5")) {
            return "flexible";
        }
        if (kind.equals("KR-LSA-52") || kind.startsWith("JP-LSA-32-3")) {
            return "selective";
        }
        if (kind.equals("JP-LSA-36")) {
            return "art36";
        }
        return "other";
    }

    /** In force on {@code today} when it has begun and not ended (both ends inclusive). */
    static String state(LocalDate from, LocalDate to, LocalDate today) {
        if (today.isBefore(from)) {
            return "future";
        }
        return to != null && today.isAfter(to) ? "expired" : "in-force";
    }

    public String termsText() {
        return String.join("\n", terms.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList());
    }
}
