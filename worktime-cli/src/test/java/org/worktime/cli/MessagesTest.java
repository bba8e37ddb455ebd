package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CatalogCheck;

/** The command line's own words come from its catalog, whole in each language. */
class MessagesTest {

    @Test
    void theCliCatalogIsCompleteInEveryLanguage() {
        assertThat(CatalogCheck.problems("cli")).isEmpty();
    }

    @Test
    void theCliSourcesNameOnlyMessagesTheCatalogHolds() throws Exception {
        assertThat(CatalogCheck.sourceProblems(Path.of("src/main/java"))).isEmpty();
    }
}
