package org.worktime.core.rule;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Text;

/** A rule's declared metadata, read once from its {@link LegalRule} annotation. */
public record RuleInfo(String id, Text title, String summary, RuleKind kind, Citation citation, LocalDateRange effective) {

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
        return new RuleInfo(meta.id(), Text.of(meta.title(), meta.titleKo()), meta.summary(), kind,
                new Citation(meta.law(), meta.article(), meta.version(), meta.source()), effective);
    }

    public boolean isEffectiveOn(LocalDate date) {
        return effective.contains(date);
    }

    /** The last day in force, inclusive, or null while in force. */
    public LocalDate effectiveToInclusive() {
        return effective.isUnboundedEnd() ? null : effective.getEndInclusive();
    }
}
