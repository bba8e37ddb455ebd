package org.worktime.us;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.ExemptionTest;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.Packs;
import org.worktime.core.rule.Rule;
import org.worktime.core.rule.RuleInfo;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

/**
 * The meta-test: every rule and exemption test of the pack declares its metadata, has a documentation page, and a test
 * class with at least one violating and one clean fixture (for an exemption test: a case it must find not exempt, and
 * one it must find exempt). A rule that lacks any of them fails the build.
 */
class RuleCatalogTest {

    private static final Path DOCS = Path.of("..", "docs", "rules", "us");

    private final JurisdictionPack pack = new UnitedStatesPack();

    @Test
    void thePackIsFoundThroughTheServiceLoader() {
        assertThat(Packs.find("US")).get().extracting(JurisdictionPack::jurisdiction).isEqualTo("US");
        assertThat(Packs.findRule("us-flsa-7a")).isPresent();
        assertThat(Packs.findRule("US-FLSA-541-601")).isPresent();
    }

    @Test
    void everyRuleDeclaresCompleteMetadataWithAUniqueId() {
        Set<String> ids = new HashSet<>();
        for (Rule rule : pack.rules()) {
            LegalRule meta = rule.getClass().getAnnotation(LegalRule.class);
            assertThat(meta).as(rule.getClass() + " @LegalRule").isNotNull();
            RuleInfo info = rule.info();
            assertThat(info.id()).matches("US-(FLSA|CA-LC)-[0-9A-Z]+(-[0-9A-Z]+)*");
            assertThat(ids.add(info.id())).as("unique id " + info.id()).isTrue();
            assertThat(List.of(meta.title(), meta.titleKo(), meta.law(), meta.article(), meta.version(), meta.source(), meta.summary()))
                    .as(info.id() + " metadata").allMatch(s -> !s.isBlank());
            assertThat(meta.title().charAt(0)).as(info.id() + " sentence case").isUpperCase();
            assertThat(meta.source()).startsWith("http");
        }
        assertThat(ids).hasSize(16);
        assertThat(pack.exemptionTests()).extracting(t -> t.info().id()).containsExactly("US-FLSA-541-100", "US-FLSA-541-200",
                "US-FLSA-541-300", "US-FLSA-541-400", "US-FLSA-541-500", "US-FLSA-541-601", "US-CA-LC-515-A", "US-CA-LC-515-5");
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
        assertThat(DOCS.resolve("README.md")).isRegularFile();
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

    @Test
    void exemptionTestsBelongToTheTwoRegimes() {
        for (ExemptionTest t : pack.exemptionTests()) {
            assertThat(t.regime().id()).isIn("US-FLSA", "US-CA");
            assertThat(t.regime().currency()).isEqualTo("USD");
        }
    }

    /** Every legal number is a dated row with its citation; the keys the rules read are all there. */
    @Test
    void theParameterFileCoversTheKeysTheRulesRead() {
        var table = pack.parameters();
        for (String key : List.of("us.flsa7.week-limit", "us.flsa7.overtime-multiplier", "us.pay.rounding", "us.pay.regular-rate-scale",
                "us.flsa541.salary-level", "us.flsa541.hce-total", "us.flsa541.salary-level.2024-rule", "us.flsa541.hce-total.2024-rule",
                "us.flsa541.2024-rule.vacated-on", "us.flsa541.2024-rule.as-applied", "us.flsa541.bonus-credit-share",
                "us.flsa541.computer-hourly", "us.flsa541.hce-catch-up-months", "us.penalty.cmp-max", "us.ca.min-wage", "us.ca.lc515-5.annual",
                "us.ca.lc510.day-limit", "us.ca.lc512.first-meal-after", "us.flsa785-48.increments", "us.flsa778-114.half-time")) {
            assertThat(table.hasKey(key)).as(key).isTrue();
            for (Parameter p : table.history(key)) {
                assertThat(p.citation().source()).as(key + " source").startsWith("http");
            }
        }
        // The CA exempt salary is derived, never stored: 2 x 16.50 x 2,080 = 68,640 and 2 x 16.90 x 2,080 = 70,304.
        assertThat(table.get("us.ca.min-wage", java.time.LocalDate.of(2025, 6, 1)).money().getAmount().multiply(java.math.BigDecimal.valueOf(4160)))
                .isEqualByComparingTo("68640");
        assertThat(table.get("us.ca.min-wage", java.time.LocalDate.of(2026, 6, 1)).money().getAmount().multiply(java.math.BigDecimal.valueOf(4160)))
                .isEqualByComparingTo("70304");
        // The level really in force on the dates the issue names.
        assertThat(table.get("us.flsa541.salary-level", java.time.LocalDate.of(2024, 8, 1)).value()).isEqualTo("684 USD");
        assertThat(table.get("us.flsa541.salary-level", java.time.LocalDate.of(2025, 3, 1)).value()).isEqualTo("684 USD");
    }
}
