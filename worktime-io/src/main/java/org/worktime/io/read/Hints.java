package org.worktime.io.read;

import org.worktime.core.finding.Text;

/** The hints readers add to a problem, said in each language: "did you mean ...?". */
public final class Hints {

    private Hints() {
    }

    /** {@code ; did you mean NEAR?}, or nothing when no candidate is close. */
    public static Text didYouMean(String near) {
        return near == null ? Text.empty() : Text.of("io.read.hint.did-you-mean", "near", near);
    }
}
