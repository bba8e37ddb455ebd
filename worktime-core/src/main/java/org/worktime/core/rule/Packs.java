package org.worktime.core.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/** The jurisdiction packs on the class path. */
public final class Packs {

    private Packs() {
    }

    public static List<JurisdictionPack> discover() {
        List<JurisdictionPack> packs = new ArrayList<>();
        ServiceLoader.load(JurisdictionPack.class).forEach(packs::add);
        packs.sort(java.util.Comparator.comparing(JurisdictionPack::jurisdiction));
        return List.copyOf(packs);
    }

    public static Optional<JurisdictionPack> find(String jurisdiction) {
        String wanted = jurisdiction.toUpperCase(Locale.ROOT);
        return discover().stream().filter(p -> p.jurisdiction().equals(wanted)).findFirst();
    }

    /** Finds the rule with this id in any pack. */
    public static Optional<Rule> findRule(String id) {
        for (JurisdictionPack pack : discover()) {
            for (Rule rule : pack.rules()) {
                if (rule.info().id().equalsIgnoreCase(id)) {
                    return Optional.of(rule);
                }
            }
        }
        return Optional.empty();
    }
}
