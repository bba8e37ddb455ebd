package org.worktime.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CatalogCheck;

class MessagesTest {

    @Test
    void theSparkCatalogIsCompleteInEveryLanguage() {
        assertThat(CatalogCheck.problems("spark")).isEmpty();
    }

    @Test
    void theSparkSourcesSayEverythingFromTheCatalog() throws Exception {
        assertThat(CatalogCheck.sourceProblems(Path.of("src/main/java"))).isEmpty();
    }
}
