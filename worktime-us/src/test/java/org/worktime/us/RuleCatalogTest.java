package org.worktime.us;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.ExemptionTest;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.rule.Packs;
import org.worktime.core.testing.RuleCatalog;

/**
 * The meta-test: every rule and exemption test of the pack declares its metadata, has a documentation page, and a test
 * class with at least one violating and one clean fixture (for an exemption test: a case it must find not exempt, and
 * one it must find exempt). A rule that lacks any of them fails the build.
 */
class RuleCatalogTest {

    /** The form of the pack's rule ids. */
    private static final String ID_FORM = "US-(FLSA|CA-LC|LOCAL)-[0-9A-Z]+(-[0-9A-Z]+)*";

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
        RuleCatalog catalog = RuleCatalog.of(pack);
        assertThat(catalog.metadataProblems(ID_FORM)).isEmpty();
        assertThat(catalog.ids()).hasSize(21);
        assertThat(pack.exemptionTests()).extracting(t -> t.info().id()).containsExactly("US-FLSA-541-100", "US-FLSA-541-200",
                "US-FLSA-541-300", "US-FLSA-541-400", "US-FLSA-541-500", "US-FLSA-541-601", "US-CA-LC-515-A", "US-CA-LC-515-5", "US-CA-LC-515-6");
    }

    @Test
    void everyRuleHasADocumentationPage() {
        assertThat(RuleCatalog.of(pack).missingPages(DOCS)).as("missing rule pages").isEmpty();
        assertThat(DOCS.resolve("README.md")).isRegularFile();
    }

    @Test
    void everyRuleHasAViolatingAndACleanFixture() {
        assertThat(RuleCatalog.of(pack).missingFixtures()).as("missing fixtures").isEmpty();
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
                "us.ca.lc510.day-limit", "us.ca.lc511.day-limit", "us.ca.lc511.vote-share", "us.ca.lc511.report-days", "us.ca.lc512.first-meal-after", "us.flsa785-48.increments", "us.flsa778-114.half-time")) {
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
