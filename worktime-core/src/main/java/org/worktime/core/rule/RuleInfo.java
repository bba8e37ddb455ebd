package org.worktime.core.rule;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Catalog;

/**
 * A rule's declared metadata, read once from its {@link LegalRule} annotation; its title and summary are the catalog
 * messages {@code <module>.rule.<ID>.title} and {@code <module>.rule.<ID>.summary} of the rule's module.
 */
public record RuleInfo(String id, Text title, Text summary, RuleKind kind, Citation citation, LocalDateRange effective) {

    private static final Map<Class<?>, RuleInfo> CACHE = new ConcurrentHashMap<>();

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(effective, "effective");
    }

    /** Reads the metadata of a rule class; fails when the class does not declare it. */
    public static RuleInfo of(Class<?> ruleClass) {
        return CACHE.computeIfAbsent(ruleClass, RuleInfo::read);
    }

    private static RuleInfo read(Class<?> ruleClass) {
        LegalRule meta = ruleClass.getAnnotation(LegalRule.class);
        if (meta == null) {
            throw new IllegalStateException(ruleClass.getName() + " does not declare @LegalRule");
        }
        RuleKind kind = PayRule.class.isAssignableFrom(ruleClass) ? RuleKind.PAY
                : ExemptionTest.class.isAssignableFrom(ruleClass) ? RuleKind.EXEMPTION : RuleKind.LIMIT;
        LocalDate from = LocalDate.parse(meta.effectiveFrom());
        LocalDateRange effective = meta.effectiveTo().isEmpty()
                ? LocalDateRange.ofUnboundedEnd(from)
                : LocalDateRange.ofClosed(from, LocalDate.parse(meta.effectiveTo()));
        String module = module(ruleClass);
        String titleKey = module + ".rule." + meta.id() + ".title";
        String summaryKey = module + ".rule." + meta.id() + ".summary";
        Text title = Catalog.contains(titleKey) ? Text.of(titleKey) : Text.words(meta.title(), meta.titleKo(), null);
        Text summary = Catalog.contains(summaryKey) ? Text.of(summaryKey) : Text.words(meta.summary(), meta.summary(), null);
        return new RuleInfo(meta.id(), title, summary, kind,
                new Citation(meta.law(), meta.article(), meta.version(), meta.source()), effective);
    }

    /** The module a rule class belongs to, {@code kr} for {@code org.worktime.kr.rules.ExtendedWorkCapRule}. */
    private static String module(Class<?> ruleClass) {
        String[] parts = ruleClass.getPackageName().split("\\.");
        return parts.length > 2 && parts[0].equals("org") && parts[1].equals("worktime") ? parts[2] : "core";
    }

    public boolean isEffectiveOn(LocalDate date) {
        return effective.contains(date);
    }

    /** The last day in force, inclusive, or null while in force. */
    public LocalDate effectiveToInclusive() {
        return effective.isUnboundedEnd() ? null : effective.getEndInclusive();
    }
}
