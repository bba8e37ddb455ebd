package org.worktime.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.worktime.io.read.Fixtures.SEOUL;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.worktime.core.i18n.Language;
import org.worktime.core.testing.CatalogCheck;

/** The readers' problems are catalog messages: the same frame (file, line, field) in each language, the words translated. */
class ReadMessagesTest {

    @Test
    void theReadersMessagesAreInEveryLanguage() {
        // The io catalog is shared with the writers: every key there must be whole, whoever added it.
        assertThat(CatalogCheck.problems("io")).isEmpty();
    }

    @Test
    void theReadersNameOnlyMessagesTheCatalogHolds() throws Exception {
        assertThat(CatalogCheck.sourceProblems(Path.of("src/main/java/org/worktime/io/read"))).isEmpty();
    }

    /**
     * No reader builds a sentence of its own: a literal with a space handed to a problem, a value exception or an input
     * exception would be English in every language. (The words of parsers, the JDK, the operating system and the packs
     * are passed on as they are, as Text.verbatim of what they said.)
     */
    @Test
    void noReaderWritesASentenceInline() throws Exception {
        java.util.regex.Pattern inline = java.util.regex.Pattern.compile(
                "(new ValueException\\(\\s*\"|InputException\\.of\\([^,;\"]*,\\s*\"|(problem|add|reject)\\((?:[^;\"]*,)?\\s*\"[^\"]* [^\"]*\")");
        List<String> found = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.list(Path.of("src/main/java/org/worktime/io/read"))) {
            for (Path file : files.sorted().toList()) {
                String[] lines = java.nio.file.Files.readString(file).split("\n");
                for (int i = 0; i < lines.length; i++) {
                    if (inline.matcher(lines[i]).find()) {
                        found.add(file.getFileName() + ":" + (i + 1) + ": " + lines[i].strip());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void aProblemKeepsItsFrameAndIsSaidInTheRunsLanguage() {
        InputException e = catchInput(() -> new ShiftCsvReader(SEOUL, Set.of("E001")).read(new StringReader(
                "employee,start,end\nE001,2025-02-28T09:00,2025-02-30T09:00\n"), Path.of("shifts.csv")));

        assertThat(e.message(Language.EN)).isEqualTo("shifts.csv:2: field 'end': 2025-02-30T09:00 is not a date-time (no February 30)");
        assertThat(e.message(Language.KO)).isEqualTo("shifts.csv:2: 항목 'end': 2025-02-30T09:00은(는) 올바른 일시가 아닙니다 (2월 30일은 없습니다)");
        assertThat(e.message(Language.JA)).isEqualTo("shifts.csv:2: 項目 'end': 2025-02-30T09:00 は正しい日時ではありません (2月30日は存在しません)");
        assertThat(e.getMessage()).isEqualTo(e.message(Language.EN));
    }

    @Test
    void valueMessagesCarryTheirArgumentsIntoEachLanguage() {
        assertThatThrownBy(() -> Values.boundedDecimal("9E99999")).isInstanceOfSatisfying(ValueException.class, v -> {
            assertThat(v.getMessage()).isEqualTo("9E99999 is too large (at most 1000000000000000)");
            assertThat(v.text().in(Language.KO)).isEqualTo("9E99999은(는) 너무 큽니다 (최대 1000000000000000)");
            assertThat(v.text().in(Language.JA)).isEqualTo("9E99999 は大きすぎます (上限 1000000000000000)");
        });
        assertThatThrownBy(() -> Values.date("2025-02-29")).isInstanceOfSatisfying(ValueException.class, v -> {
            assertThat(v.getMessage()).isEqualTo("2025-02-29 is not a date (no February 29 in 2025)");
            assertThat(v.text().in(Language.JA)).isEqualTo("2025-02-29 は正しい日付ではありません (2025年に2月29日はありません)");
        });
    }

    @Test
    void anUnknownKeySuggestsTheNearestInEachLanguage() {
        Problems problems = new Problems();
        YamlTree.MapNode map = new YamlTree.MapNode(java.util.Map.of("zonee",
                new YamlTree.Entry("zonee", 3, new YamlTree.Scalar("Asia/Seoul", 3))), 1);
        new Fields(Path.of("workplace.yaml"), problems, map, "", List.of("name", "zone"));

        InputProblem p = problems.list().get(0);
        assertThat(p.in(Language.EN)).isEqualTo("workplace.yaml:3: field 'zonee': unknown key; did you mean zone? (known keys: name, zone)");
        assertThat(p.in(Language.KO)).isEqualTo("workplace.yaml:3: 항목 'zonee': 알 수 없는 키; 혹시 zone입니까? (알려진 키: name, zone)");
        assertThat(p.in(Language.JA)).isEqualTo("workplace.yaml:3: 項目 'zonee': 不明なキーです。zone の誤りではありませんか? (使用できるキー: name, zone)");
    }

    private interface Read {
        void run() throws InputException;
    }

    private static InputException catchInput(Read read) {
        try {
            read.run();
        } catch (InputException e) {
            return e;
        }
        throw new AssertionError("expected an InputException");
    }
}
