package org.worktime.plan.arrange;

import java.util.List;
import java.util.Objects;
import org.worktime.core.domain.Agreement;
import org.worktime.core.domain.Workplace;
import org.worktime.core.finding.Text;
import org.worktime.plan.Paperwork;

/**
 * An option made concrete for one team and window: the workplace with the agreements the option needs (those on file
 * plus those it adds, to be signed), what has to be done for them, and what the option schedules after the crunch.
 *
 * @param workplace   the workplace as it would be with the option in place
 * @param added       the agreements added (not on file yet)
 * @param paperwork   what the option needs, on file or with its deadline
 * @param restAfter   what the arrangement itself schedules after the window (an averaging unit's lighter weeks)
 * @param notes       how the arrangement was set up (unit length, scheduled hours)
 * @param unavailable why the option cannot be set up at all (its conditions cannot be met), or null
 * @param team        the team as the option sees it (its wages restated, its designated work), empty for the team as it is
 * @param attestations attestations the option adds (an HPS worker's consent, planned)
 */
public record Arranged(Workplace workplace, List<Agreement> added, List<Paperwork> paperwork, List<Text> restAfter, List<Text> notes,
        Text unavailable, List<org.worktime.core.domain.Employee> team, List<org.worktime.core.domain.Attestation> attestations) {

    /** An option that takes the team as it is. */
    public Arranged(Workplace workplace, List<Agreement> added, List<Paperwork> paperwork, List<Text> restAfter, List<Text> notes,
            Text unavailable) {
        this(workplace, added, paperwork, restAfter, notes, unavailable, List.of(), List.of());
    }

    public Arranged {
        team = List.copyOf(team);
        attestations = List.copyOf(attestations);
        Objects.requireNonNull(workplace, "workplace");
        added = List.copyOf(added);
        paperwork = List.copyOf(paperwork);
        restAfter = List.copyOf(restAfter);
        notes = List.copyOf(notes);
    }
}
