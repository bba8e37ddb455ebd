package org.worktime.core.rule;

/** A rule of a jurisdiction pack; its class carries {@link LegalRule} metadata. */
public sealed interface Rule permits LimitRule, PayRule, ExemptionTest {

    default RuleInfo info() {
        return RuleInfo.of(getClass());
    }
}
