package org.worktime.io.write;

import org.worktime.core.i18n.Language;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.worktime.core.domain.Workplace;
import org.worktime.core.engine.DayTypes;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.engine.TimelinePolicy;
import org.worktime.core.finding.Finding;
import org.worktime.core.param.ParameterTable;
import org.worktime.core.pay.PayLine;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;
import org.worktime.core.rule.PayRule;
import org.worktime.core.rule.RuleInfo;

class RulesWriterTest {

    @LegalRule(id = "XX-LSA-53-1", title = "Weekly hours above 52", titleKo = "주 52시간 초과", law = "Labor Standards Act",
            article = "Art. 53(1)", effectiveFrom = "2018-07-01", version = "Act No. 15513", source = "https://example.org/lsa",
            summary = "Checks that weekly working time stays within 52 hours.")
    static final class WeekLimit implements LimitRule {
        @Override
        public void check(EmployeeContext context, Consumer<Finding> findings) {
        }
    }

    @LegalRule(id = "XX-LSA-56-1", title = "Overtime premium", titleKo = "연장근로 가산수당", law = "Labor Standards Act",
            article = "Art. 56(1)", effectiveFrom = "2018-07-01", effectiveTo = "2030-12-31", version = "Act No. 15513", source = "",
            summary = "Pays half again for overtime, night and holiday work.")
    static final class Overtime implements PayRule {
        @Override
        public void pay(EmployeeContext context, Consumer<PayLine> lines) {
        }
    }

    static final class Pack implements JurisdictionPack {
        @Override
        public String jurisdiction() {
            return "XX";
        }

        @Override
        public String displayName() {
            return "Exampleland";
        }

        @Override
        public ParameterTable parameters() {
            String rows = """
                    # key | scope | value | from | to | law | article | version | source
                    xx.week.limit | * | 52h | 2018-07-01 | | Labor Standards Act | Art. 53(1) | Act No. 15513 | https://example.org
                    xx.week.limit | headcount:5-49 | 68h | 2018-07-01 | 2021-06-30 | Labor Standards Act | Addendum 1 | Act No. 15513 |
                    """;
            return ParameterTable.read("test", new ByteArrayInputStream(rows.getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public List<LimitRule> limitRules() {
            return List.of(new WeekLimit());
        }

        @Override
        public List<PayRule> payRules() {
            return List.of(new Overtime());
        }

        @Override
        public DayTypes dayTypes(Workplace workplace, ParameterTable parameters) {
            return null;
        }

        @Override
        public TimelinePolicy timelinePolicy(Workplace workplace, ParameterTable parameters) {
            return null;
        }
    }

    private static String rules(Format format, Language language) throws IOException {
        StringWriter out = new StringWriter();
        new RulesWriter(format, language).writeRules(List.of(new Pack()), out);
        return out.toString();
    }

    private static String parameters(Format format) throws IOException {
        StringWriter out = new StringWriter();
        new RulesWriter(format, Language.EN).writeParameters(List.of(new Pack()), out);
        return out.toString();
    }

    private static String explain(Format format, String documentation) throws IOException {
        StringWriter out = new StringWriter();
        new RulesWriter(format, Language.EN).writeExplain("XX", RuleInfo.of(WeekLimit.class), documentation, out);
        return out.toString();
    }

    @Test
    void textListsEveryRuleWithItsLaw() throws IOException {
        assertThat(rules(Format.TEXT, Language.EN).lines().toList()).containsExactly(
                "XX: Exampleland, 2 rules",
                "ID           Kind   From        To          Title",
                "XX-LSA-53-1  LIMIT  2018-07-01              Weekly hours above 52",
                "                                            Labor Standards Act Art. 53(1)",
                "                                            https://example.org/lsa",
                "XX-LSA-56-1  PAY    2018-07-01  2030-12-31  Overtime premium",
                "                                            Labor Standards Act Art. 56(1)");
        assertThat(rules(Format.TEXT, Language.KO)).contains("XX-LSA-53-1  LIMIT  2018-07-01              주 52시간 초과");
    }

    @Test
    void csvJsonAndMarkdownCarryTheSameFields() throws IOException {
        assertThat(rules(Format.CSV, Language.EN).lines().toList()).containsExactly(
                "jurisdiction,id,kind,title,summary,law,article,lawVersion,source,effectiveFrom,effectiveTo",
                "XX,XX-LSA-53-1,LIMIT,Weekly hours above 52,Checks that weekly working time stays within 52 hours.,Labor Standards Act,"
                        + "Art. 53(1),Act No. 15513,https://example.org/lsa,2018-07-01,",
                "XX,XX-LSA-56-1,PAY,Overtime premium,\"Pays half again for overtime, night and holiday work.\",Labor Standards Act,"
                        + "Art. 56(1),Act No. 15513,,2018-07-01,2030-12-31");
        JsonNode json = new ObjectMapper().readTree(rules(Format.JSON, Language.EN));
        assertThat(json.get("schema").asText()).isEqualTo("worktime-rules/1");
        assertThat(json.at("/rules/0/id").asText()).isEqualTo("XX-LSA-53-1");
        assertThat(json.at("/rules/0/effectiveTo").isNull()).isTrue();
        assertThat(json.at("/rules/1/kind").asText()).isEqualTo("PAY");
        assertThat(rules(Format.MARKDOWN, Language.EN)).contains(
                "| ID | Kind | Title | Law | From | To | Source |",
                "| XX-LSA-56-1 | PAY | Overtime premium | Labor Standards Act Art. 56(1) | 2018-07-01 | 2030-12-31 |  |");
    }

    @Test
    void parametersListEveryRowWithItsCitation() throws IOException {
        assertThat(parameters(Format.TEXT).lines().toList()).containsExactly(
                "XX: Exampleland, 2 parameters",
                "Key            Scope           From        To          Value",
                "xx.week.limit  *               2018-07-01              52h",
                "  Labor Standards Act Art. 53(1) [Act No. 15513]",
                "xx.week.limit  headcount:5-49  2018-07-01  2021-06-30  68h",
                "  Labor Standards Act Addendum 1 [Act No. 15513]");
        assertThat(parameters(Format.CSV).lines().toList()).containsExactly(
                "jurisdiction,key,scope,value,from,to,law,article,lawVersion,source",
                "XX,xx.week.limit,*,52h,2018-07-01,,Labor Standards Act,Art. 53(1),Act No. 15513,https://example.org",
                "XX,xx.week.limit,headcount:5-49,68h,2018-07-01,2021-06-30,Labor Standards Act,Addendum 1,Act No. 15513,");
        JsonNode json = new ObjectMapper().readTree(parameters(Format.JSON));
        assertThat(json.at("/parameters/1/scope").asText()).isEqualTo("headcount:5-49");
        assertThat(json.at("/parameters/0/to").isNull()).isTrue();
    }

    @Test
    void explainPrintsMetadataThenTheDocumentationPage() throws IOException {
        assertThat(explain(Format.TEXT, "# Weekly hours\n\nThe long explanation.\n").lines().toList()).containsExactly(
                "XX-LSA-53-1  Weekly hours above 52",
                "  What it checks    Checks that weekly working time stays within 52 hours.",
                "  The law           Labor Standards Act Art. 53(1)",
                "  Version in force  Act No. 15513",
                "  In force          since 2018-07-01",
                "  Source            https://example.org/lsa",
                "",
                "# Weekly hours",
                "",
                "The long explanation.",
                "",
                "Parameters: see `worktime rules --parameters`");
        assertThat(explain(Format.TEXT, null)).doesNotContain("# Weekly hours").contains("Parameters: see");
        JsonNode json = new ObjectMapper().readTree(explain(Format.JSON, null));
        assertThat(json.get("schema").asText()).isEqualTo("worktime-rule/1");
        assertThat(json.get("documentation").isNull()).isTrue();
        assertThat(explain(Format.MARKDOWN, "Body")).startsWith("# XX-LSA-53-1: Weekly hours above 52\n").contains("\nBody\n");
    }

    private static String explain(Language language, RulesWriter.Developer developer) throws IOException {
        StringWriter out = new StringWriter();
        new RulesWriter(Format.TEXT, language).writeExplain("XX", RuleInfo.of(WeekLimit.class), "Body", "docs/rules/xx/XX-LSA-53-1.md",
                developer, out);
        return out.toString();
    }

    @Test
    void explainSpeaksTheUsersLanguageAndCitesAsItsLawyersDo() throws IOException {
        assertThat(explain(Language.KO, null).lines().toList()).containsExactly(
                "XX-LSA-53-1  주 52시간 초과",
                "  점검 내용  Checks that weekly working time stays within 52 hours.",
                "  법령       근로기준법 제53조제1항",
                "  적용 법령  법률 제15513호",
                "  시행 기간  2018-07-01부터",
                "  출처       https://example.org/lsa",
                "  설명 문서  docs/rules/xx/XX-LSA-53-1.md",
                "",
                "Body",
                "",
                "파라미터: `worktime rules --parameters` 참조");
        assertThat(explain(Language.JA, null)).contains(
                "  根拠法令        韓国勤労基準法第53条第1項\n",
                "  施行期間        2018-07-01から\n",
                "パラメータ: `worktime rules --parameters` を参照");
        assertThat(explain(Language.EN, null)).doesNotContain("WeekLimit", "Art. 53(1)\n  article");
    }

    @Test
    void theDeveloperSectionShowsTheClassTheKeysAndTheRawMetadata() throws IOException {
        String text = explain(Language.EN, new RulesWriter.Developer(WeekLimit.class.getName(), List.of("xx.week.limit")));
        assertThat(text.lines().dropWhile(l -> !l.equals("For developers")).toList()).containsExactly(
                "For developers",
                "  Jurisdiction    XX",
                "  Kind            LIMIT",
                "  Class           org.worktime.io.write.RulesWriterTest$WeekLimit",
                "  law             Labor Standards Act",
                "  article         Art. 53(1)",
                "  lawVersion      Act No. 15513",
                "  source          https://example.org/lsa",
                "  Parameter keys  xx.week.limit");
    }

    @Test
    void theRulesTableCitesInTheLanguage() throws IOException {
        assertThat(rules(Format.TEXT, Language.KO)).contains("                                            근로기준법 제53조제1항\n");
        assertThat(rules(Format.TEXT, Language.JA)).contains("韓国勤労基準法第56条第1項");
        StringWriter out = new StringWriter();
        new RulesWriter(Format.TEXT, Language.KO).writeParameters(List.of(new Pack()), out);
        assertThat(out.toString()).contains("  근로기준법 제53조제1항 [법률 제15513호]", "  근로기준법 부칙 제1조 [법률 제15513호]");
    }
}
