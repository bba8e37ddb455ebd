package org.worktime.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.worktime.core.rule.Vocabulary.Field;

class VocabularyTest {

    private static final Vocabulary KR = Vocabulary.builder().words(Field.STATUS, "PREGNANT", "POSTPARTUM")
            .agreement("KR-LSA-58-3", "jobs", "deemedHours").agreement("KR-LSA-51-1", "unitWeeks").termFamily("KR-LSA-51-1", "week.").build();
    private static final Vocabulary JP = Vocabulary.builder().words(Field.EARNING_KIND, "allowance.family").family(Field.EARNING_KIND, "allowance.")
            .build();

    @Test
    void theUnionKnowsEveryPacksWords() {
        Vocabulary all = Vocabulary.union(List.of(KR, JP));
        assertThat(all.isWord(Field.STATUS, "POSTPARTUM")).isTrue();
        assertThat(all.isWord(Field.STATUS, "postpartum")).isFalse();
        assertThat(all.isWord(Field.EARNING_KIND, "allowance.family")).isTrue();
        assertThat(all.words(Field.STATUS)).containsExactly("POSTPARTUM", "PREGNANT");
        assertThat(all.declares(Field.EXCLUSION)).isFalse();
        assertThat(all.declares(Field.AGREEMENT_TERM)).isTrue();
    }

    @Test
    void aFamilyAdmitsLongerWordsUnderItsPrefixOnly() {
        assertThat(JP.inFamily(Field.EARNING_KIND, "allowance.meal")).isTrue();
        assertThat(JP.inFamily(Field.EARNING_KIND, "allowance.")).isFalse();
        assertThat(JP.inFamily(Field.EARNING_KIND, "allowances")).isFalse();
        assertThat(JP.families(Field.EARNING_KIND)).containsExactly("allowance.");
    }

    @Test
    void eachKindHasItsTermsAndTheDocumentTerms() {
        assertThat(KR.isKind("KR-LSA-58-3")).isTrue();
        assertThat(KR.isTerm("KR-LSA-58-3", "deemedHours")).isTrue();
        assertThat(KR.isTerm("KR-LSA-58-3", "signedBy")).isTrue();
        assertThat(KR.isTerm("KR-LSA-58-3", "unitWeeks")).isFalse();
        assertThat(KR.isTerm("KR-LSA-51-1", "week.2")).isTrue();
        assertThat(KR.terms("KR-LSA-51-1")).containsExactly("note", "signedBy", "signedOn", "unitWeeks", "week.*");
    }

    @Test
    void aWordIsPlainTextAndTermsBelongToAKind() {
        assertThatThrownBy(() -> Vocabulary.builder().words(Field.STATUS, " PREGNANT")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A vocabulary word must be non-blank text without surrounding spaces: ' PREGNANT'");
        assertThatThrownBy(() -> Vocabulary.builder().words(Field.AGREEMENT_TERM, "jobs")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Agreement terms belong to a kind: declare them with agreement(kind, terms...)");
    }

    @Test
    void withoutPacksNothingIsDeclared() {
        assertThat(Vocabulary.of(List.of()).declares(Field.STATUS)).isFalse();
        assertThat(Vocabulary.EMPTY.declares(Field.AGREEMENT_TERM)).isFalse();
    }

    @Test
    void aNamespaceGovernsOnlyTheWordsUnderIt() {
        Vocabulary v = Vocabulary.union(List.of(Vocabulary.builder().namespace(Field.ATTRIBUTE, "jp.").words(Field.ATTRIBUTE, "jp.sme").build()));
        assertThat(v.governs(Field.ATTRIBUTE, "jp.smee")).isTrue();
        assertThat(v.governs(Field.ATTRIBUTE, "team")).isFalse();
        assertThat(v.governs(Field.STATUS, "ANYTHING")).isTrue();
    }
}
