package org.worktime.core.rule;

/** What a rule produces. */
public enum RuleKind {
    /** Findings about limits. */
    LIMIT,
    /** Pay lines. */
    PAY,
    /** Exemption decisions. */
    EXEMPTION
}
