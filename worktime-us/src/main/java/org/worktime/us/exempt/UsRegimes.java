package org.worktime.us.exempt;

import org.worktime.core.exempt.Regime;
import org.worktime.core.finding.Text;

/** The two US exemption regimes: the federal FLSA exemptions and California's own. */
public final class UsRegimes {

    public static final Regime FEDERAL = new Regime("US-FLSA",
            Text.legacy("FLSA white-collar, computer and outside sales exemptions (29 CFR Part 541)",
                    "FLSA 화이트칼라·컴퓨터·외근영업 적용제외 (29 CFR Part 541)"), "USD");

    public static final Regime CALIFORNIA = new Regime("US-CA",
            Text.legacy("California overtime exemptions (Labor Code 515, 515.5)", "캘리포니아 초과근무 적용제외 (노동법 515조, 515.5조)"), "USD");

    private UsRegimes() {
    }
}
