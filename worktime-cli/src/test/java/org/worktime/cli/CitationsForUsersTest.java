package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.worktime.core.finding.Citation;
import org.worktime.core.i18n.CitationStyle;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.rule.Packs;
import org.worktime.core.rule.Rule;

/**
 * What users read cites the law, never the project's research notes: every law and article the packs' rules and
 * parameter files cite is one {@link CitationStyle} writes in each language's convention, and no main resource, doc,
 * example or README points at the internal fact sheets ({@code kr.md}, {@code us-jp.md}, {@code ../shared}).
 */
class CitationsForUsersTest {

    private static final Path ROOT = Path.of("..");

    /**
     * Sources that are not a law and so have no article to read: the pack's own conventions and the user's local
     * ordinance rows. They are written as given, in every language.
     */
    private static final Set<String> NOT_A_LAW = Set.of(
            "Worktime US pack | rounding convention",
            "Worktime US pack | reading of the vacatur",
            "Worktime convention | rounding of the ordinary hourly wage",
            "Local minimum wage ordinance | as stated by the workplace's us.local.min-wage rows");

    /** The fact sheets, their section and fact numbers (kr.md 1.2.1, C2.3b, A5.1) and numbered open questions. */
    private static final Pattern INTERNAL = Pattern.compile("\\.\\./shared|shared/law|shared/DESIGN|\\b(?:kr|us|jp|us-jp)\\.md\\b"
            + "|\\b[A-E][1-9][0-9]?\\.[0-9]+[a-z]?\\b|(?<![-\\w])EX-[0-9]+\\b|[Oo]pen question [A-Z]?[0-9]");

    private static List<JurisdictionPack> packs() {
        return Packs.discover().stream().filter(p -> !p.jurisdiction().equals(FailingPack.JURISDICTION)).toList();
    }

    @Test
    void everyLawAndArticleThePacksCiteIsWrittenInEachLanguagesConvention() {
        Set<String> cited = new TreeSet<>();
        for (JurisdictionPack pack : packs()) {
            for (Rule rule : pack.rules()) {
                cited.add(key(rule.info().citation()));
            }
            for (String key : pack.parameters().keys()) {
                for (Parameter p : pack.parameters().history(key)) {
                    cited.add(key(p.citation()));
                }
            }
        }
        assertThat(cited).hasSizeGreaterThan(150);
        List<String> unread = new ArrayList<>();
        for (String c : cited) {
            String[] parts = c.split(" \\| ", 2);
            if (!CitationStyle.understands(new Citation(parts[0], parts[1], "", ""))) {
                unread.add(c);
            }
        }
        assertThat(unread).containsExactlyInAnyOrderElementsOf(NOT_A_LAW.stream().filter(cited::contains).toList());
    }

    @Test
    void noMainResourceDocOrExampleMentionsTheInternalNotes() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs")); Stream<Path> examples = Files.walk(ROOT.resolve("examples"));
                Stream<Path> modules = Files.list(ROOT)) {
            docs.filter(Files::isRegularFile).forEach(files::add);
            examples.filter(Files::isRegularFile).forEach(files::add);
            for (Path module : modules.filter(p -> p.getFileName().toString().startsWith("worktime-")).toList()) {
                Path resources = module.resolve("src/main/resources");
                if (Files.isDirectory(resources)) {
                    try (Stream<Path> r = Files.walk(resources)) {
                        r.filter(Files::isRegularFile).forEach(files::add);
                    }
                }
            }
        }
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (MalformedInputException binary) {
                continue;
            }
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = INTERNAL.matcher(lines.get(i));
                if (m.find()) {
                    found.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + m.group());
                }
            }
        }
        assertThat(found).as("cite the act, the judgment or the ministry's guideline instead").isEmpty();
    }

    private static String key(Citation c) {
        return c.law().strip() + " | " + c.article().strip();
    }

    @Test
    void explainSpeaksToAUserInTheirLanguageAndToADeveloperOnRequest() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Packs.find("KR").isPresent(), "the KR pack is not on the class path");
        Cli.Result ko = Cli.run("explain", "KR-LSA-53-1", "--lang", "ko");
        assertThat(ko.exitCode()).as(ko.err()).isZero();
        String user = ko.out().substring(0, ko.out().indexOf("\n\n")); // the user's part, before the page
        assertThat(user).startsWith("KR-LSA-53-1  ").contains("  법령       근로기준법 제53조제1항\n",
                "대법원 2023. 12. 7. 선고 2020도15393 판결", "  설명 문서  docs/rules/kr/KR-LSA-53-1.md")
                .doesNotContain("org.worktime.", "kr.lsa53.", "For developers");
        Cli.Result ja = Cli.run("explain", "JP-LSA-36-6-2", "--lang", "ja");
        assertThat(ja.exitCode()).as(ja.err()).isZero();
        assertThat(ja.out().substring(0, ja.out().indexOf("\n\n"))).contains("労働基準法第36条第6項第2号").doesNotContain("org.worktime.");
        Cli.Result dev = Cli.run("explain", "KR-LSA-53-1", "--developer");
        assertThat(dev.out()).contains("For developers", "org.worktime.kr.", "kr.lsa53.extension-cap", "  article ");
    }
}
