package org.worktime.jp;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.Packs;
import org.worktime.core.rule.Rule;
import org.worktime.core.rule.RuleInfo;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

/**
 * The meta-test: every rule and exemption test of the pack declares its metadata, has a documentation page, and a test
 * class with at least one violating and one clean fixture. A rule that lacks any of them fails the build.
 */
class RuleCatalogTest {

    private static final Path DOCS = Path.of("..", "docs", "rules", "jp");

    private final JurisdictionPack pack = new JapanesePack();

    @Test
    void thePackIsFoundThroughTheServiceLoader() {
        assertThat(Packs.find("JP")).get().extracting(JurisdictionPack::jurisdiction).isEqualTo("JP");
        assertThat(Packs.findRule("jp-lsa-36-6-3")).isPresent();
    }

    @Test
    void everyRuleDeclaresCompleteMetadataWithAUniqueId() {
        Set<String> ids = new HashSet<>();
        for (Rule rule : pack.rules()) {
            LegalRule meta = rule.getClass().getAnnotation(LegalRule.class);
            assertThat(meta).as(rule.getClass() + " @LegalRule").isNotNull();
            RuleInfo info = rule.info();
            assertThat(info.id()).matches("JP-[A-Z]+-\\d+(-[0-9A-Z]+)*");
            assertThat(ids.add(info.id())).as("unique id " + info.id()).isTrue();
            assertThat(List.of(meta.title(), meta.titleKo(), meta.law(), meta.article(), meta.version(), meta.source(), meta.summary()))
                    .as(info.id() + " metadata").allMatch(s -> !s.isBlank());
            assertThat(meta.title().charAt(0)).as(info.id() + " sentence case").isUpperCase();
            assertThat(meta.source()).startsWith("http");
        }
        assertThat(ids).hasSize(pack.rules().size());
    }

    @Test
    void everyRuleHasADocumentationPage() {
        List<String> missing = new ArrayList<>();
        for (Rule rule : pack.rules()) {
            Path page = DOCS.resolve(rule.info().id() + ".md");
            if (!Files.isRegularFile(page)) {
                missing.add(page.toString());
            }
        }
        assertThat(missing).as("missing rule pages").isEmpty();
    }

    @Test
    void everyRuleHasAViolatingAndACleanFixture() {
        List<String> missing = new ArrayList<>();
        for (Rule rule : pack.rules()) {
            String testName = rule.getClass().getName() + "Test";
            Class<?> test;
            try {
                test = Class.forName(testName);
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
        assertThat(missing).as("missing fixtures").isEmpty();
    }
}
