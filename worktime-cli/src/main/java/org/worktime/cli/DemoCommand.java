package org.worktime.cli;

import org.worktime.core.finding.Text;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.worktime.core.report.Report;
import org.worktime.io.write.ReportWriter;
import picocli.CommandLine.Command;

/** {@code worktime demo}: {@code check} on the bundled example {@code examples/kr-team}. */
@Command(name = "demo", mixinStandardHelpOptions = true, exitCodeOnExecutionException = ExitCodes.INTERNAL_ERROR)
final class DemoCommand extends BaseCommand {

    static final String EXAMPLE = "examples/kr-team";

    @Override
    protected int run() throws Exception {
        requireReportFormat();
        List<Path> tried = new ArrayList<>();
        Path dataset = locate(tried).orElseThrow(() -> new UserError(Text.of("cli.demo.not-found", "example", EXAMPLE,
                "tried", String.join(", ", tried.stream().map(Path::toString).toList()))));
        error(Text.of("cli.demo.checking", "dataset", dataset.toString()));
        Report report = ReportRunner.evaluate(dataset, null, null, null, null);
        writeReport(report, ReportWriter.Mode.CHECK);
        // The example breaks limits on purpose; a demonstration that ran is a success, unlike `check`.
        return ExitCodes.CLEAN;
    }

    /** The working directory first, then the folders above the jar (or classes folder) this class was loaded from. */
    static Optional<Path> locate(List<Path> tried) {
        List<Path> bases = new ArrayList<>();
        bases.add(Path.of("").toAbsolutePath());
        codeLocation().ifPresent(location -> {
            for (Path p = location.getParent(); p != null; p = p.getParent()) {
                bases.add(p);
            }
        });
        for (Path base : bases) {
            Path candidate = base.resolve(EXAMPLE).normalize();
            if (tried.contains(candidate)) {
                continue;
            }
            tried.add(candidate);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> codeLocation() {
        try {
            CodeSource source = DemoCommand.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()).toAbsolutePath());
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}
