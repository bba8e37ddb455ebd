package org.worktime.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;
import org.worktime.core.testing.CatalogCheck;

/** The policy module says everything from its catalog, complete in English, Korean and Japanese. */
class MessagesTest {

    @Test
    void thePolicyCatalogIsCompleteInEveryLanguage() {
        assertThat(CatalogCheck.problems("policy")).isEmpty();
    }

    @Test
    void conditionsAndHoursAreWrittenInEachLanguage() {
        Text rest = Text.of("policy.condition.rest", "rest", PolicyExemptionTest.hoursText(Duration.ofMinutes(10 * 60 + 59)));
        assertThat(rest.in(Language.EN)).isEqualTo("rest between working days of at least 10 h 59 min");
        assertThat(rest.in(Language.KO)).isEqualTo("근무일 간 휴식 10시간 59분 이상");
        assertThat(rest.in(Language.JA)).isEqualTo("勤務日の間に10時間59分以上の休息があること");
        assertThat(Text.of("policy.condition.tenure", "months", 1).in(Language.EN)).isEqualTo("at least 1 month since hire");
        assertThat(Text.of("policy.condition.tenure", "months", 12).in(Language.JA)).isEqualTo("入社後12か月以上であること");
        assertThat(Text.of("policy.missing.employee-attribute", "attribute", "jobFamily").in(Language.JA)).isEqualTo("従業員の属性 'jobFamily'");
        assertThat(Text.of("policy.file.lift-unknown", "id", "KR-LSA-65", "near", "KR-LSA-63").in(Language.EN))
                .isEqualTo("KR-LSA-65 names no rule of the pack; did you mean KR-LSA-63? (see docs/RULES.md)");
        assertThat(Text.of("policy.file.lift-unknown", "id", "X", "near", "none").in(Language.EN)).isEqualTo("X names no rule of the pack (see docs/RULES.md)");
    }

    @Test
    void thePolicySourcesSayEverythingFromTheCatalog() throws Exception {
        assertThat(CatalogCheck.sourceProblems(Path.of("src/main/java"))).isEmpty();
    }
}
