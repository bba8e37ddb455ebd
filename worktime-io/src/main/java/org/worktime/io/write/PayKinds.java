package org.worktime.io.write;

import java.util.Optional;
import java.util.Set;
import org.worktime.core.i18n.Language;
import org.worktime.core.pay.PayLine;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.rule.Packs;

/**
 * The pay kinds of a report's jurisdiction as its pack declares them: their names in a language, and which are
 * ordinary pay due (an allowance, a paid holiday) rather than a statutory premium. Without the pack on the class path
 * a kind is its code and a premium.
 */
final class PayKinds {

    private final Optional<JurisdictionPack> pack;
    private final Set<String> allowances;

    private PayKinds(Optional<JurisdictionPack> pack) {
        this.pack = pack;
        this.allowances = pack.map(JurisdictionPack::allowanceKinds).orElse(Set.of());
    }

    static PayKinds of(String jurisdiction) {
        return new PayKinds(Packs.find(jurisdiction));
    }

    /** The kind as a reader of the language names it: the code in English (it is the JSON contract), words otherwise. */
    String name(String kind, Language language) {
        if (language == Language.EN) {
            return kind;
        }
        return pack.map(p -> p.payKindLabel(kind).in(language)).orElse(kind);
    }

    /** The kind in words in any language (the workbook's column beside the code). */
    String words(String kind, Language language) {
        return pack.map(p -> p.payKindLabel(kind).in(language)).orElse(kind);
    }

    boolean isAllowance(PayLine line) {
        return allowances.contains(line.kind());
    }
}
