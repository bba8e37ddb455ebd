package org.worktime.io.read;

import org.worktime.core.finding.Text;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.worktime.core.rule.Vocabulary;
import org.worktime.core.rule.Vocabulary.Field;

/**
 * Checks a value of a pack's vocabulary (a status, an earning kind, an agreement kind...) as the readers meet it: a
 * word no installed pack declares is a problem at its file, line and field, with a "did you mean" when a declared word
 * is close. A word in an open family (Japan's {@code allowance.*}) passes unless it is a near miss of a declared word
 * ({@code bonus.nondiscretionery} is one edit from {@code bonus.nondiscretionary}): that is a typo, not a new word.
 */
final class VocabularyCheck {

    /** Longer values get no suggestion: the edit distance is quadratic in the length. */
    static final int LONGEST_SUGGESTED = 64;
    /** Up to this many known words are listed when none is close. */
    static final int LISTED = 12;
    /** A word of an open family is a typo when a declared word is at most this many edits away. */
    static final int NEAR_MISS = 2;

    private VocabularyCheck() {
    }

    /** Reports {@code value} through {@code report} when it is not a word of the field. */
    static void check(Problems problems, Field field, String value, Consumer<Text> report) {
        Vocabulary vocabulary = problems.vocabulary();
        if (value == null || !vocabulary.declares(field) || !vocabulary.governs(field, value) || vocabulary.isWord(field, value)) {
            return;
        }
        List<String> words = vocabulary.words(field);
        if (vocabulary.inFamily(field, value)) {
            String typo = value.length() > LONGEST_SUGGESTED ? null : Values.closest(value, words, NEAR_MISS);
            if (typo != null) {
                report.accept(unknown(Text.of("io.read.vocabulary.field", "field", field.name()), value, typo, words, List.of()));
            }
            return;
        }
        report.accept(unknown(Text.of("io.read.vocabulary.field", "field", field.name()), value, suggestion(value, words), words,
                vocabulary.families(field)));
    }

    /** Checks the names of an attribute map, then the values of the known ones; {@code report(name, message)}. */
    static void checkAttributes(Problems problems, Map<String, String> attributes, BiConsumer<String, Text> report) {
        if (attributes != null) {
            attributes.forEach((name, value) -> checkAttribute(problems, name, value, message -> report.accept(name, message)));
        }
    }

    /**
     * Checks one attribute: its name under a pack's namespace must be declared; its value must be one of the declared
     * values (with a "did you mean") or pass the pack's rule for it.
     */
    static void checkAttribute(Problems problems, String name, String value, Consumer<Text> report) {
        boolean[] known = {true};
        check(problems, Field.ATTRIBUTE, name, message -> {
            known[0] = false;
            report.accept(message);
        });
        if (!known[0] || value == null) {
            return;
        }
        Vocabulary vocabulary = problems.vocabulary();
        List<String> values = vocabulary.attributeValues(name);
        if (!values.isEmpty() && !values.contains(value.trim())) {
            report.accept(unknown(Text.of("io.read.vocabulary.attribute-value", "name", name), value, suggestion(value.trim(), values), values,
                    List.of()));
            return;
        }
        String problem = vocabulary.attributeValueProblem(name, value);
        if (problem != null) {
            report.accept(Text.verbatim(problem)); // the pack's own words for its attribute
        }
    }

    /** Checks an agreement's kind, then (for a known kind) each of its terms: {@code report(term or null, message)}. */
    static void checkAgreement(Problems problems, String kind, Map<String, String> terms, BiConsumer<String, Text> report) {
        Vocabulary vocabulary = problems.vocabulary();
        if (kind == null) {
            return;
        }
        boolean[] kindOk = {true};
        check(problems, Field.AGREEMENT_KIND, kind, message -> {
            kindOk[0] = false;
            report.accept(null, message);
        });
        if (!kindOk[0] || terms == null || !vocabulary.isKind(kind)) {
            return;
        }
        for (String term : terms.keySet()) {
            if (!vocabulary.isTerm(kind, term)) {
                List<String> known = vocabulary.terms(kind);
                report.accept(term, unknown(Text.of("io.read.vocabulary.term", "kind", kind), term, suggestion(term, known), known, List.of()));
            }
        }
    }

    /** A close word, else the shortest word the value abbreviates ({@code us.duties.admin}: {@code us.duties.administrative}). */
    private static String suggestion(String value, List<String> words) {
        if (value.length() > LONGEST_SUGGESTED) {
            return null;
        }
        String near = Values.closest(value, words);
        if (near != null || value.length() < 3) {
            return near;
        }
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        return words.stream().filter(w -> w.toLowerCase(java.util.Locale.ROOT).startsWith(lower))
                .min(java.util.Comparator.comparingInt(String::length)).orElse(null);
    }

    private static Text unknown(Text what, String value, String near, List<String> words, List<String> families) {
        Text hint;
        if (near != null) {
            hint = Hints.didYouMean(near);
        } else if (words.size() + families.size() <= LISTED) {
            List<String> all = new java.util.ArrayList<>(words);
            families.forEach(family -> all.add(family + "*"));
            hint = Text.of("io.read.vocabulary.known", "words", String.join(", ", all));
        } else {
            hint = Text.of("io.read.vocabulary.see-formats");
        }
        return Text.of("io.read.vocabulary.unknown", "what", what, "value", value, "hint", hint);
    }
}
