package org.worktime.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CatalogCheck;

/** The server's own words (problem titles and details) come from its catalog, whole in each language. */
class MessagesTest {

    @Test
    void theServerCatalogIsCompleteInEveryLanguage() {
        assertThat(CatalogCheck.problems("server")).isEmpty();
    }

    @Test
    void theServerSourcesNameOnlyMessagesTheCatalogHolds() throws Exception {
        assertThat(CatalogCheck.sourceProblems(Path.of("src/main/java"))).isEmpty();
    }
}
