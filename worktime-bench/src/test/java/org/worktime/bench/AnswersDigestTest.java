package org.worktime.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.worktime.core.engine.Engine;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;
import org.worktime.core.pay.PayLine;
import org.worktime.core.report.EmployeeReport;
import org.worktime.core.report.Report;
import org.worktime.core.rule.Packs;

/**
 * The answers-unchanged check of the in-engine work (issue 16): the benchmark's own 100,000-shift dataset of each pack
 * (seed 42, {@link Rehomed} for the US and Japan), evaluated as {@link CheckAndPayBenchmark} does, gives exactly the
 * findings and pay lines it gave before the engine was made faster. Every field of every finding and pay line goes
 * into a SHA-256, numbers with their scale ({@code BigDecimal.toString}) and every text rendered in English, Korean
 * and Japanese, so a change of any answer, of its wording or of a number's scale changes the digest.
 *
 * <p>The digests were observed on main after the bench-data fix (breaks kept by {@link Rehomed}) and before the
 * session-5 engine work. A deliberate change of answers updates them, and says so.
 */
class AnswersDigestTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "KR, 400dd0ce46f46db6",
            "US, 962ee12b265f7295",
            "JP, 128c371a9617fa2a",
    })
    void theGeneratedDatasetsGiveTheSameAnswers(String jurisdiction, String expected) {
        BenchmarkData data = BenchmarkData.generate(100_000, 42, 100_000, jurisdiction);
        Report report = Engine.of(Packs.find(jurisdiction).orElseThrow()).evaluate(data.dataset, data.evaluation);

        assertThat(report.findings()).isNotEmpty();
        assertThat(report.payLines()).isNotEmpty();
        assertThat(digest(report)).isEqualTo(expected);
    }

    static String digest(Report report) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
        StringBuilder sb = new StringBuilder(4096);
        sb.append(report.jurisdiction()).append('|').append(report.period()).append('|').append(report.asOf()).append('\n');
        for (EmployeeReport e : report.employees()) {
            sb.append("E|").append(e.employee().id()).append('|').append(e.workedSeconds()).append('\n');
            for (Finding f : e.findings()) {
                sb.append("F|").append(f.employeeId()).append('|').append(f.ruleId()).append('|').append(f.severity())
                        .append('|').append(f.period()).append('|');
                measure(sb, f.measured());
                measure(sb, f.limit());
                sb.append(f.citation()).append('|').append(f.basis()).append('|');
                text(sb, f.title());
                text(sb, f.message());
                if (f.penalty() != null) {
                    sb.append(f.penalty().citation()).append('|');
                    text(sb, f.penalty().summary());
                    text(sb, f.penalty().note());
                }
                sb.append('\n');
            }
            for (PayLine p : e.payLines()) {
                sb.append("P|").append(p.employeeId()).append('|').append(p.period()).append('|').append(p.kind()).append('|')
                        .append(p.seconds()).append('|').append(p.multiplier()).append('|').append(p.hourlyBase()).append('|')
                        .append(p.amount()).append('|').append(p.ruleId()).append('|').append(p.citation()).append('|');
                text(sb, p.note());
                sb.append('\n');
            }
            sha.update(sb.toString().getBytes(StandardCharsets.UTF_8));
            sb.setLength(0);
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    private static void measure(StringBuilder sb, Measure m) {
        sb.append(m == null ? "-" : m.value() + " " + m.unit()).append('|');
    }

    private static void text(StringBuilder sb, Text t) {
        if (t == null) {
            sb.append("-|");
            return;
        }
        for (Language language : Language.values()) {
            sb.append(t.in(language)).append('|');
        }
    }
}
