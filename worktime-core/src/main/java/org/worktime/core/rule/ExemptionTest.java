package org.worktime.core.rule;

import org.worktime.core.exempt.Eligibility;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.Regime;

/**
 * One test of an exemption regime, e.g. the FLSA executive exemption or Japan's Highly Professional System. It
 * decides everything the pay data can decide and answers "indeterminate", naming what is missing, when it needs a
 * fact nobody attested. Implementations are stateless and thread-safe; the class carries {@link LegalRule} metadata.
 */
public non-sealed interface ExemptionTest extends Rule {

    /** The regime the test belongs to; an employee is exempt under a regime when any of its tests says so. */
    Regime regime();

    Eligibility decide(ExemptionQuery query);
}
