package org.worktime.core.testing;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.worktime.core.i18n.Language;
import java.util.Set;
import java.util.regex.Pattern;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.Rule;
import org.worktime.core.rule.RuleInfo;

/**
 * What every pack's meta-test checks, in one place (as Error Prone checks every {@code @BugPattern}): each rule and
 * exemption test declares complete metadata with a unique id of the pack's form, has a documentation page, and has a
 * test class {@code <RuleClass>Test} with at least one {@link ViolatingFixture} and one {@link CleanFixture}. Each
 * method returns the problems found, so a pack's test asserts the list is empty and the failure names them all.
 */
public final class RuleCatalog {

    private final JurisdictionPack pack;

    private RuleCatalog(JurisdictionPack pack) {
        this.pack = pack;
    }

    public static RuleCatalog of(JurisdictionPack pack) {
        return new RuleCatalog(pack);
    }

    /** Rules without complete {@link LegalRule} metadata, with an id not of the form, or with an id used twice. */
    public List<String> metadataProblems(String idPattern) {
        Pattern pattern = Pattern.compile(idPattern);
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Rule rule : pack.rules()) {
            LegalRule meta = rule.getClass().getAnnotation(LegalRule.class);
            if (meta == null) {
                problems.add(rule.getClass().getName() + ": no @LegalRule");
                continue;
            }
            RuleInfo info = rule.info();
            if (!pattern.matcher(info.id()).matches()) {
                problems.add(info.id() + ": id not of the form " + idPattern);
            }
            if (!ids.add(info.id())) {
                problems.add(info.id() + ": id used twice");
            }
            for (String value : List.of(info.title().in(Language.EN), info.title().in(Language.KO), info.title().in(Language.JA),
                    info.summary().in(Language.EN), meta.law(), meta.article(), meta.version(), meta.source())) {
                if (value.isBlank()) {
                    problems.add(info.id() + ": blank metadata");
                    break;
                }
            }
            if (!info.title().isMessage() || !info.summary().isMessage()) {
                problems.add(info.id() + ": title and summary not in the pack's catalog (<module>.rule." + info.id() + ".title/.summary)");
            }
            if (!Character.isUpperCase(info.title().in(Language.EN).charAt(0))) {
                problems.add(info.id() + ": title not in sentence case");
            }
            if (!meta.source().startsWith("http")) {
                problems.add(info.id() + ": source is not a link");
            }
        }
        return problems;
    }

    /** The ids of every rule and exemption test, in the pack's order. */
    public List<String> ids() {
        return pack.rules().stream().map(r -> r.info().id()).toList();
    }

    /** Rule pages {@code <docs>/<RULE-ID>.md} that do not exist. */
    public List<String> missingPages(Path docs) {
        List<String> missing = new ArrayList<>();
        for (Rule rule : pack.rules()) {
            Path page = docs.resolve(rule.info().id() + ".md");
            if (!Files.isRegularFile(page)) {
                missing.add(page.toString());
            }
        }
        return missing;
    }

    /** Rules whose {@code <RuleClass>Test} is missing or lacks a violating or a clean fixture. */
    public List<String> missingFixtures() {
        List<String> missing = new ArrayList<>();
        for (Rule rule : pack.rules()) {
            String testName = rule.getClass().getName() + "Test";
            Class<?> test;
            try {
                test = Class.forName(testName, false, rule.getClass().getClassLoader());
            } catch (ClassNotFoundException e) {
                missing.add(testName + " (no test class)");
                continue;
            }
            boolean violating = false;
            boolean clean = false;
            for (Method m : test.getDeclaredMethods()) {
                violating |= m.isAnnotationPresent(ViolatingFixture.class);
                clean |= m.isAnnotationPresent(CleanFixture.class);
            }
            if (!violating) {
                missing.add(testName + " (no @ViolatingFixture)");
            }
            if (!clean) {
                missing.add(testName + " (no @CleanFixture)");
            }
        }
        return missing;
    }
}
