package org.worktime.kr;

import org.worktime.core.rule.Vocabulary;
import org.worktime.core.rule.Vocabulary.Field;

/**
 * The words of the input the Korean pack gives a meaning to (docs/FORMATS.md lists them with the rule that reads each):
 * a word the readers find nowhere in the installed packs' vocabularies is an input error, never a rule silently off.
 */
final class KoreanVocabulary {

    static final Vocabulary VOCABULARY = Vocabulary.builder()
            // Art. 74(5) and Art. 71 (Protection.java)
            .words(Field.STATUS, "PREGNANT", "POSTPARTUM")
            // Art. 63 (Art63Category)
            .words(Field.EXCLUSION, "AGRICULTURE_FORESTRY", "LIVESTOCK_FISHERIES", "SURVEILLANCE_INTERMITTENT", "MANAGERIAL_CONFIDENTIAL")
            // A policy file's salary test counts the earnings of kind bonus (docs/POLICY.md, bonusesCount).
            .words(Field.EARNING_KIND, "bonus")
            .family(Field.EARNING_KIND, "bonus.")
            .words(Field.ATTESTATION_SUBJECT, "kr.53-4.consent", "kr.duties.managerial", "kr.duties.confidential")
            // A policy file (docs/POLICY.md) names the consent subject of a proposed regime under kr.proposal.
            .family(Field.ATTESTATION_SUBJECT, "kr.proposal.")
            // A policy file names the agreement a proposed regime requires under KR-PROPOSAL- (its terms are the policy's).
            .family(Field.AGREEMENT_KIND, "KR-PROPOSAL-")
            .agreement("KR-LSA-53-1")
            .agreement("KR-LSA-53-3")
            .agreement("KR-LSA-53-4", "ground", "approvedOn", "afterTheFact", "weeklyExtra", "healthMeasures")
            .agreement("KR-LSA-51-1", "unitWeeks", "weeks", "restException")
            .termFamily("KR-LSA-51-1", "week.")
            .agreement("KR-LSA-51-2", "unitWeeks", "weeks", "restException")
            .termFamily("KR-LSA-51-2", "week.")
            .agreement("KR-LSA-51-2-6M", "unitWeeks", "weeks", "restException")
            .termFamily("KR-LSA-51-2-6M", "week.")
            .agreement("KR-LSA-52", "settlementMonths", "rnd", "totalHours", "coreTime", "restException")
            .agreement("KR-LSA-57")
            .agreement("KR-LSA-58-1", "deemedHours")
            .agreement("KR-LSA-58-3", "jobs", "noInstructions", "deemedHours")
            .agreement("KR-LSA-59", "breaksChanged")
            .agreement("KR-LSA-69")
            .agreement("KR-LSA-70-2")
            .build();

    private KoreanVocabulary() {
    }
}
