package org.worktime.jp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.worktime.core.rule.Vocabulary.Field;

class JapaneseVocabularyTest {

    /** Each prefecture the attribute admits has its regional minimum wage rows, and no rows belong to another name. */
    @Test
    void thePrefecturesAreTheMinimumWageRowsOnes() {
        JapanesePack pack = new JapanesePack();
        List<String> withRows = pack.parameters().keys().stream().filter(k -> k.startsWith("jp.mwa.regional."))
                .map(k -> k.substring("jp.mwa.regional.".length())).sorted().toList();
        assertThat(withRows).hasSize(47).isEqualTo(pack.vocabulary().attributeValues("jp.prefecture"));
        assertThat(pack.vocabulary().isWord(Field.ATTRIBUTE, "jp.prefecture")).isTrue();
        assertThat(pack.parameters().history("jp.mwa.regional.tokyo")).hasSize(3);
    }
}
