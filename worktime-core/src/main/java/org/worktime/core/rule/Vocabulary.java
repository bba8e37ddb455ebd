package org.worktime.core.rule;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The words a pack gives a meaning to in the input: employee statuses, exclusion categories, earning kinds and their
 * attributes, attestation subjects, agreement kinds and each kind's terms. A rule looks a word up by equality, so a
 * misspelt word would silently switch the rule off; the readers check every such value against the vocabularies of
 * the installed packs and reject a word none of them declares. Declaring a new word is one line in its pack.
 *
 * <p>A <em>family</em>, declared by its prefix ({@code allowance.} for {@code allowance.*}), admits any word under it, for the fields whose law
 * is open (Japan's hourly base counts every allowance but the excluded ones). A word in a family that is a near miss of
 * a declared word is still a typo: {@link #nearMissCandidates} gives the words a reader compares it with.
 */
public final class Vocabulary {

    /** The input fields whose values come from a pack's vocabulary. */
    public enum Field {
        STATUS("employee status"),
        EXCLUSION("exclusion category"),
        EARNING_KIND("earning kind"),
        EARNING_ATTRIBUTE("earning attribute"),
        ATTESTATION_SUBJECT("attestation subject"),
        AGREEMENT_KIND("agreement kind"),
        AGREEMENT_TERM("agreement term"),
        /**
         * A workplace or employee attribute name. Attributes are free text (a team, a job family), so only the names
         * under a pack's namespace ({@code us.}, {@code jp.}) are checked: there a name no pack declares is a typo.
         */
        ATTRIBUTE("attribute");

        private final String words;

        Field(String words) {
            this.words = words;
        }

        /** The field in words, for messages: {@code earning kind}. */
        public String inWords() {
            return words;
        }
    }

    /**
     * Agreement terms that document the agreement itself (who signed it, when, a note) and are read by no rule; every
     * kind admits them.
     */
    public static final Set<String> DOCUMENT_TERMS = Set.of("signedBy", "signedOn", "note");

    /** No words at all: nothing to check against (no pack installed). */
    public static final Vocabulary EMPTY = builder().build();

    private final Map<Field, Set<String>> words;
    private final Map<Field, Set<String>> families;
    private final Map<String, Set<String>> termsByKind;
    private final Map<String, Set<String>> termFamiliesByKind;
    private final Map<Field, Set<String>> namespaces;
    private final Map<String, Set<String>> attributeValues;
    private final Map<String, java.util.function.Function<String, String>> attributeRules;

    private Vocabulary(Builder b) {
        Map<Field, Set<String>> w = new EnumMap<>(Field.class);
        b.words.forEach((field, set) -> w.put(field, Set.copyOf(set)));
        Map<Field, Set<String>> f = new EnumMap<>(Field.class);
        b.families.forEach((field, set) -> f.put(field, Set.copyOf(set)));
        this.words = w;
        this.families = f;
        Map<String, Set<String>> t = new LinkedHashMap<>();
        b.terms.forEach((kind, set) -> t.put(kind, Set.copyOf(set)));
        this.termsByKind = t;
        Map<String, Set<String>> tf = new LinkedHashMap<>();
        b.termFamilies.forEach((kind, set) -> tf.put(kind, Set.copyOf(set)));
        this.termFamiliesByKind = tf;
        Map<Field, Set<String>> n = new EnumMap<>(Field.class);
        b.namespaces.forEach((field, set) -> n.put(field, Set.copyOf(set)));
        this.namespaces = n;
        Map<String, Set<String>> av = new LinkedHashMap<>();
        b.attributeValues.forEach((name, set) -> av.put(name, Set.copyOf(set)));
        this.attributeValues = av;
        this.attributeRules = Map.copyOf(b.attributeRules);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The words of several packs together: a word any of them declares is known. */
    public static Vocabulary union(Collection<Vocabulary> vocabularies) {
        Builder b = builder();
        for (Vocabulary v : vocabularies) {
            v.words.forEach((field, set) -> set.forEach(word -> b.words(field, word)));
            v.families.forEach((field, set) -> set.forEach(prefix -> b.family(field, prefix)));
            v.termsByKind.forEach((kind, set) -> b.terms(kind, set.toArray(String[]::new)));
            v.termFamiliesByKind.forEach((kind, set) -> set.forEach(prefix -> b.termFamily(kind, prefix)));
            v.namespaces.forEach((field, set) -> set.forEach(prefix -> b.namespace(field, prefix)));
            v.attributeValues.forEach((name, set) -> b.attributeValues(name, set.toArray(String[]::new)));
            v.attributeRules.forEach(b::attributeRule);
        }
        return b.build();
    }

    /** The vocabularies of these packs together. */
    public static Vocabulary of(List<JurisdictionPack> packs) {
        return union(packs.stream().map(JurisdictionPack::vocabulary).toList());
    }

    /** Whether any word of the field is declared; a field nobody declares is not checked. */
    public boolean declares(Field field) {
        if (field == Field.AGREEMENT_TERM) {
            return !termsByKind.isEmpty();
        }
        return !words.getOrDefault(field, Set.of()).isEmpty() || !families.getOrDefault(field, Set.of()).isEmpty();
    }

    /**
     * Whether the field's vocabulary speaks for this word: always, for a field without namespaces; for one with
     * namespaces ({@link Field#ATTRIBUTE}), only for a word under one of them ({@code jp.prefecture}, not {@code team}).
     */
    public boolean governs(Field field, String word) {
        Set<String> prefixes = namespaces.getOrDefault(field, Set.of());
        return prefixes.isEmpty() || prefixes.stream().anyMatch(word::startsWith);
    }

    /** Whether the word is declared exactly (case counts: the rules compare by equality). */
    public boolean isWord(Field field, String word) {
        return words.getOrDefault(field, Set.of()).contains(word);
    }

    /** Whether the word lies in one of the field's open families ({@code allowance.meal} in {@code allowance}). */
    public boolean inFamily(Field field, String word) {
        return inFamily(families.getOrDefault(field, Set.of()), word);
    }

    /** The declared words of the field, sorted: the candidates of a "did you mean". */
    public List<String> words(Field field) {
        return words.getOrDefault(field, Set.of()).stream().sorted().toList();
    }

    /** The families of the field, sorted, each as its prefix ({@code allowance.}). */
    public List<String> families(Field field) {
        return families.getOrDefault(field, Set.of()).stream().sorted().toList();
    }

    /** Whether an agreement kind is declared (its terms are then checked). */
    public boolean isKind(String kind) {
        return termsByKind.containsKey(kind);
    }

    /** Whether the term is one the kind declares, a document term, or in one of the kind's term families. */
    public boolean isTerm(String kind, String term) {
        return DOCUMENT_TERMS.contains(term) || termsByKind.getOrDefault(kind, Set.of()).contains(term)
                || inFamily(termFamiliesByKind.getOrDefault(kind, Set.of()), term);
    }

    /** The terms a kind declares and the document terms, sorted. */
    public List<String> terms(String kind) {
        Set<String> all = new LinkedHashSet<>(termsByKind.getOrDefault(kind, Set.of()));
        all.addAll(DOCUMENT_TERMS);
        termFamiliesByKind.getOrDefault(kind, Set.of()).forEach(prefix -> all.add(prefix + "*"));
        return all.stream().sorted().toList();
    }

    /** The values an attribute may take, sorted; empty when its values are not a closed list. */
    public List<String> attributeValues(String name) {
        return attributeValues.getOrDefault(name, Set.of()).stream().sorted().toList();
    }

    /**
     * What is wrong with an attribute's value, by the rule its pack declared for the name (or for a family the name
     * belongs to); null when nothing is, or no rule was declared.
     */
    public String attributeValueProblem(String name, String value) {
        for (Map.Entry<String, java.util.function.Function<String, String>> e : attributeRules.entrySet()) {
            String key = e.getKey();
            if (name.equals(key) || key.endsWith(".") && name.startsWith(key) && name.length() > key.length()) {
                return e.getValue().apply(value);
            }
        }
        return null;
    }

    /** The declared words a word of an open family must not be a near miss of. */
    public List<String> nearMissCandidates(Field field) {
        return words(field);
    }

    private static boolean inFamily(Set<String> prefixes, String word) {
        for (String prefix : prefixes) {
            if (word.startsWith(prefix) && word.length() > prefix.length()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "Vocabulary" + words + " families " + families + " terms " + termsByKind.keySet();
    }

    /** Collects a pack's declaration. */
    public static final class Builder {
        private final Map<Field, Set<String>> words = new EnumMap<>(Field.class);
        private final Map<Field, Set<String>> families = new EnumMap<>(Field.class);
        private final Map<String, Set<String>> terms = new LinkedHashMap<>();
        private final Map<String, Set<String>> termFamilies = new LinkedHashMap<>();
        private final Map<Field, Set<String>> namespaces = new EnumMap<>(Field.class);
        private final Map<String, Set<String>> attributeValues = new LinkedHashMap<>();
        private final Map<String, java.util.function.Function<String, String>> attributeRules = new LinkedHashMap<>();

        private Builder() {
        }

        /** The closed list of values an attribute takes ({@code true}, {@code false}; the 47 prefectures). */
        public Builder attributeValues(String name, String... values) {
            Set<String> set = attributeValues.computeIfAbsent(requireWord(name), k -> new LinkedHashSet<>());
            for (String value : values) {
                set.add(requireWord(value));
            }
            return this;
        }

        /**
         * A rule for an attribute's value (the name, or a family prefix ending in a dot): it returns what is wrong with
         * the value, or null when nothing is. Pure: the readers call it for every value they meet.
         */
        public Builder attributeRule(String nameOrFamily, java.util.function.Function<String, String> problem) {
            attributeRules.put(requireWord(nameOrFamily), Objects.requireNonNull(problem, "problem"));
            return this;
        }

        /**
         * A pack's namespace in a field whose other words are free ({@link Field#ATTRIBUTE}): a word under the prefix
         * (e.g. {@code jp.}) must be declared; words outside every namespace are not checked.
         */
        public Builder namespace(Field field, String prefix) {
            namespaces.computeIfAbsent(field, k -> new LinkedHashSet<>()).add(requireWord(prefix));
            return this;
        }

        /** Words of a field; for agreement kinds use {@link #agreement}, which also declares the kind's terms. */
        public Builder words(Field field, String... declared) {
            Objects.requireNonNull(field, "field");
            if (field == Field.AGREEMENT_TERM) {
                throw new IllegalArgumentException("Agreement terms belong to a kind: declare them with agreement(kind, terms...)");
            }
            for (String word : declared) {
                words.computeIfAbsent(field, k -> new LinkedHashSet<>()).add(requireWord(word));
            }
            return this;
        }

        /** An open family: any longer word starting with the prefix (e.g. {@code allowance.}) is known. */
        public Builder family(Field field, String prefix) {
            families.computeIfAbsent(field, k -> new LinkedHashSet<>()).add(requireWord(prefix));
            return this;
        }

        /** An agreement kind and the terms it reads (none is allowed: only the document terms then). */
        public Builder agreement(String kind, String... kindTerms) {
            words(Field.AGREEMENT_KIND, kind);
            return terms(kind, kindTerms);
        }

        /** Numbered or keyed terms of a kind: prefix {@code week.} admits {@code week.1}, {@code week.2}... */
        public Builder termFamily(String kind, String prefix) {
            termFamilies.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(requireWord(prefix));
            terms.computeIfAbsent(kind, k -> new LinkedHashSet<>());
            return this;
        }

        private Builder terms(String kind, String... kindTerms) {
            Set<String> set = terms.computeIfAbsent(requireWord(kind), k -> new LinkedHashSet<>());
            for (String term : kindTerms) {
                set.add(requireWord(term));
            }
            return this;
        }

        public Vocabulary build() {
            return new Vocabulary(this);
        }

        private static String requireWord(String word) {
            if (word == null || word.isBlank() || !word.strip().equals(word)) {
                throw new IllegalArgumentException("A vocabulary word must be non-blank text without surrounding spaces: '" + word + "'");
            }
            return word;
        }
    }
}
