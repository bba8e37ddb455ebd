package org.worktime.io.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.worktime.core.finding.Severity;
import org.worktime.core.i18n.Language;
import org.worktime.core.testing.CatalogCheck;
import org.worktime.core.watch.Headroom;

/** The io catalog is whole in en, ko and ja, and every word the writers name is in it. */
class WriterCatalogTest {

    @Test
    void theCatalogIsWholeInEveryLanguage() throws Exception {
        assertThat(CatalogCheck.problems("io")).isEmpty();
        assertThat(CatalogCheck.sourceProblems(Path.of("src/main/java/org/worktime/io/write"))).isEmpty();
    }

    @Test
    void everySeverityStatusAndVerdictHasItsWordInEachLanguage() {
        for (Language language : Language.values()) {
            for (Severity severity : Severity.values()) {
                assertThat(Labels.of(language).severity(severity)).isNotBlank();
            }
            for (Headroom.Status status : Headroom.Status.values()) {
                assertThat(Labels.word("io.label.watch.status." + status.name(), language)).isNotBlank();
            }
            for (org.worktime.core.exempt.Verdict verdict : org.worktime.core.exempt.Verdict.values()) {
                assertThat(Labels.word("io.label.exempt.verdict." + verdict.name(), language)).isNotBlank();
            }
        }
        assertThat(Labels.of(Language.JA).severity(Severity.INDETERMINATE)).isEqualTo("判断不能");
        assertThat(Labels.of(Language.JA).employee).isEqualTo("従業員");
    }
}
