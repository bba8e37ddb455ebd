package org.worktime.us;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CatalogCheck;

/** The US pack says everything from its catalog, in English, Korean and Japanese. */
class MessagesTest {

    @Test
    void theCatalogIsCompleteInEveryLanguage() {
        assertThat(CatalogCheck.problems("us")).isEmpty();
    }
}
