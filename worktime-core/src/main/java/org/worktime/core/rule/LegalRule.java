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
     * Sentence-case title.
     *
     * @deprecated the title is the catalog message {@code <module>.rule.<ID>.title}
     */
    @Deprecated
    String title() default "";

    /** @deprecated the title is the catalog message {@code <module>.rule.<ID>.title} */
    @Deprecated
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

    /** @deprecated the summary is the catalog message {@code <module>.rule.<ID>.summary} */
    @Deprecated
    String summary() default "";
}
