package org.worktime.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CatalogCheck;

/**
 * The pages' words are whole: every {@code server.ui.*} id in English, Korean and Japanese with the same arguments and
 * valid ICU patterns, and every id the pages' code names is in the catalog. Limited to {@code server.ui.*}, as other
 * parts of the server's catalog belong to other work.
 */
class UiMessagesTest {

    @Test
    void everyPageWordIsInTheThreeLanguages() {
        assertThat(CatalogCheck.problems("server").stream().filter(p -> p.contains("server.ui.") || p.contains("no catalog")).toList())
                .isEmpty();
    }

    @Test
    void thePagesCodeNamesOnlyIdsOfTheCatalogAndBuildsNoSentenceInline() throws Exception {
        assertThat(CatalogCheck.sourceProblems(Path.of("src/main/java/org/worktime/server/ui"))).isEmpty();
    }
}
