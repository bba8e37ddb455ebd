package org.worktime.core.rule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The metadata every rule declares on its class, in the manner of Error Prone's {@code @BugPattern}.
 * A meta-test checks that each rule of a pack has it, a documentation page and both fixtures.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LegalRule {

    /** Stable id, e.g. {@code KR-LSA-53-1}: jurisdiction, law, article, paragraph. */
    String id();

    /**
     * A sentence-case title, only for a rule outside Worktime's packs that has no catalog (a test's rule, a third
     * party's pack). A pack's rules leave it empty: their title is the catalog message {@code <module>.rule.<ID>.title}
     * in every language, and the packs' rule-catalog tests require it.
     */
    String title() default "";

    /** The title in Korean, on the same terms as {@link #title()}. */
    String titleKo() default "";

    /** The law, e.g. {@code Labor Standards Act}. */
    String law();

    /** The article, e.g. {@code Art. 53(1)}. */
    String article();

    /** First day the rule applies, ISO date. */
    String effectiveFrom();

    /** Last day the rule applies, ISO date, inclusive; empty while in force. */
    String effectiveTo() default "";

    /** The law's version the rule was written against, e.g. {@code Act No. 15513 (2018-03-20)}. */
    String version();

    /** A link to the text of the law. */
    String source();

    /** One sentence on what the rule checks, on the same terms as {@link #title()} ({@code <module>.rule.<ID>.summary}). */
    String summary() default "";
}
