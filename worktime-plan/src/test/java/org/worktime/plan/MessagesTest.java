package org.worktime.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.worktime.core.i18n.Catalog;
import org.worktime.core.i18n.Language;
import org.worktime.core.testing.CatalogCheck;

/** The plan module says everything from its catalog, complete in English, Korean and Japanese. */
class MessagesTest {

    @Test
    void thePlanCatalogIsCompleteInEveryLanguage() {
        assertThat(CatalogCheck.problems("plan")).isEmpty();
    }

    @Test
    void thePlanSourcesSayEverythingFromTheCatalog() throws Exception {
        assertThat(CatalogCheck.sourceProblems(Path.of("src/main/java"))).isEmpty();
    }

    @Test
    void everyOptionHasATitle() {
        for (PlanOption o : PlanOption.values()) {
            assertThat(Catalog.contains(o.title().id())).as(o.id()).isTrue();
        }
        assertThat(PlanOption.KR_FLEXIBLE_6M.title().in(Language.JA)).isEqualTo("韓国: 6か月以内の弾力的労働時間制 (第51条の2)");
    }

    @Test
    void articlesAreWrittenInEachLanguagesConvention() {
        assertThat(Paperwork.article(51, 2, 1, 0).in(Language.EN)).isEqualTo("Art. 51-2(1)");
        assertThat(Paperwork.article(51, 2, 1, 0).in(Language.KO)).isEqualTo("제51조의2제1항");
        assertThat(Paperwork.article(51, 2, 1, 0).in(Language.JA)).isEqualTo("第51条の2第1項");
        assertThat(Paperwork.article(52, 0, 1, 2).in(Language.EN)).isEqualTo("Art. 52(1)2");
        assertThat(Paperwork.article(52, 0, 1, 2).in(Language.KO)).isEqualTo("제52조제1항제2호");
        assertThat(Paperwork.article(53, 0, 1, 0).in(Language.JA)).isEqualTo("第53条第1項");
    }
}
