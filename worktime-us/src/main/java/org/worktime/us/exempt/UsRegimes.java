package org.worktime.us.exempt;

import org.worktime.core.exempt.Regime;
import org.worktime.core.finding.Text;

/** The two US exemption regimes: the federal FLSA exemptions and California's own. */
public final class UsRegimes {

    public static final Regime FEDERAL = new Regime("US-FLSA",
            Text.of("us.regime.US-FLSA"), "USD");

    public static final Regime CALIFORNIA = new Regime("US-CA",
            Text.of("us.regime.US-CA"), "USD");

    private UsRegimes() {
    }
}
