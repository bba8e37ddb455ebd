package org.worktime.jp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.rule.Packs;
import org.worktime.core.testing.RuleCatalog;

/**
 * The meta-test: every rule and exemption test of the pack declares its metadata, has a documentation page, and a test
 * class with at least one violating and one clean fixture. A rule that lacks any of them fails the build.
 */
class RuleCatalogTest {

    /** The form of the pack's rule ids. */
    private static final String ID_FORM = "JP-[A-Z]+-\\d+(-[0-9A-Z]+)*";

    private static final Path DOCS = Path.of("..", "docs", "rules", "jp");

    private final JurisdictionPack pack = new JapanesePack();

    @Test
    void thePackIsFoundThroughTheServiceLoader() {
        assertThat(Packs.find("JP")).get().extracting(JurisdictionPack::jurisdiction).isEqualTo("JP");
        assertThat(Packs.findRule("jp-lsa-36-6-3")).isPresent();
    }

    @Test
    void everyRuleDeclaresCompleteMetadataWithAUniqueId() {
        RuleCatalog catalog = RuleCatalog.of(pack);
        assertThat(catalog.metadataProblems(ID_FORM)).isEmpty();
        assertThat(catalog.ids()).hasSize(27).contains("JP-ISHA-66-8", "JP-LSA-39-7", "JP-MWA-4");
    }

    @Test
    void everyRuleHasADocumentationPage() {
        assertThat(RuleCatalog.of(pack).missingPages(DOCS)).as("missing rule pages").isEmpty();
    }

    @Test
    void everyRuleHasAViolatingAndACleanFixture() {
        assertThat(RuleCatalog.of(pack).missingFixtures()).as("missing fixtures").isEmpty();
    }
}
