package org.worktime.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CatalogCheck;

/** The policy module says everything from its catalog, complete in English, Korean and Japanese. */
class MessagesTest {

    @Test
    void thePolicyCatalogIsCompleteInEveryLanguage() {
        assertThat(CatalogCheck.problems("policy")).isEmpty();
    }

    @Test
    void thePolicySourcesSayEverythingFromTheCatalog() throws Exception {
        assertThat(CatalogCheck.sourceProblems(Path.of("src/main/java"))).isEmpty();
    }
}
