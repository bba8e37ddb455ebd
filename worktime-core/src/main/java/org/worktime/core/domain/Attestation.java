package org.worktime.core.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * A fact the engine cannot compute and a person vouches for: that an employee's primary duty is managing a
 * department, that a worker gave written consent, that a doctor interview took place. Exemption tests read
 * attestations and say "indeterminate" when one they need is missing.
 *
 * @param subject    a pack-defined subject, e.g. {@code us.duties.executive} or {@code jp.hps.consent}
 * @param holds      whether the attested fact holds ({@code false} records that someone checked and it does not)
 * @param attestedBy who vouches for it (a name and role)
 * @param attestedOn when they did
 * @param validity   the dates it speaks for, half-open
 * @param note       free text, e.g. the document it rests on; may be empty
 */
public record Attestation(String employeeId, String subject, boolean holds, String attestedBy, LocalDate attestedOn,
        LocalDateRange validity, String note) {

    public Attestation {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(attestedBy, "attestedBy");
        Objects.requireNonNull(attestedOn, "attestedOn");
        Objects.requireNonNull(validity, "validity");
        note = note == null ? "" : note;
    }

    public boolean covers(LocalDate date) {
        return validity.contains(date);
    }

    /** The attestation of a subject covering a date among several, the latest attested winning; empty when none does. */
    public static java.util.Optional<Attestation> latest(java.util.List<Attestation> attestations, String subject, LocalDate date) {
        Attestation found = null;
        for (Attestation a : attestations) {
            if (a.subject().equals(subject) && a.covers(date) && (found == null || !a.attestedOn().isBefore(found.attestedOn()))) {
                found = a;
            }
        }
        return java.util.Optional.ofNullable(found);
    }
}
