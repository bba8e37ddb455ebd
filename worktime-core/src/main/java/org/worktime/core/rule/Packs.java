package org.worktime.core.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.WeakHashMap;

/**
 * The jurisdiction packs on the class path.
 *
 * <p>Discovered once per class loader and kept: making a pack reads its parameter file, and a server that wrote a
 * report per punch spent a fifth of its CPU re-discovering the packs (docs/BENCHMARKS.md, session 7). A pack is
 * immutable (final fields, parameter tables read at construction), so sharing the instances changes no answer; what
 * is on the class path does not change while a class loader lives.
 */
public final class Packs {

    private static final Map<ClassLoader, List<JurisdictionPack>> DISCOVERED = Collections.synchronizedMap(new WeakHashMap<>());

    private Packs() {
    }

    /** The packs the current thread's context class loader sees (the service loader's own choice), sorted by code. */
    public static List<JurisdictionPack> discover() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = ClassLoader.getSystemClassLoader();
        }
        return DISCOVERED.computeIfAbsent(loader, Packs::load);
    }

    private static List<JurisdictionPack> load(ClassLoader loader) {
        List<JurisdictionPack> packs = new ArrayList<>();
        ServiceLoader.load(JurisdictionPack.class, loader).forEach(packs::add);
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
