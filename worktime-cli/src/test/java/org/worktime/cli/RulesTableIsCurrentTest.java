package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.worktime.core.rule.Packs;
import org.worktime.io.write.Format;
import org.worktime.core.i18n.Language;
import org.worktime.io.write.RulesWriter;

/**
 * docs/RULES.md is generated from the rules' metadata and must match it. To regenerate after changing a rule:
 * {@code ./mvnw -pl worktime-cli test -Dtest=RulesTableIsCurrentTest -Dworktime.updateDocs=true}.
 */
class RulesTableIsCurrentTest {

    private static final Path TABLE = Path.of("..", "docs", "RULES.md");
    private static final String HEADER = """
            # Rules

            Generated from each rule's `@LegalRule` metadata by `worktime rules --format md`; do not edit by hand
            (a test fails when this file and the code disagree). Each rule has a page:
            `docs/rules/<jurisdiction>/<RULE-ID>.md`, e.g. [KR-LSA-53-1](rules/kr/KR-LSA-53-1.md).

            """;

    @Test
    void theRulesTableMatchesTheRules() throws IOException {
        StringWriter out = new StringWriter();
        // The CLI tests put a deliberately failing pack (ZZ) on the class path; it is not a product rule.
        var packs = Packs.discover().stream().filter(p -> !p.jurisdiction().equals(FailingPack.JURISDICTION)).toList();
        new RulesWriter(Format.MARKDOWN, Language.EN).writeRules(packs, out);
        String expected = HEADER + out;
        if (Boolean.getBoolean("worktime.updateDocs")) {
            Files.writeString(TABLE, expected, StandardCharsets.UTF_8);
        }
        assertThat(TABLE).as("docs/RULES.md; regenerate with -Dworktime.updateDocs=true").exists();
        assertThat(Files.readString(TABLE, StandardCharsets.UTF_8)).isEqualTo(expected);
    }
}
