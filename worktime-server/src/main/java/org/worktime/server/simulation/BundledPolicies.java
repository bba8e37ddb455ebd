package org.worktime.server.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The policy files the server knows: examples/policies of the distribution, packaged on the class path under
 * {@code org/worktime/server/policies}. Each is offered by the Simulation page and judged on the Exemptions page.
 */
@Component
public class BundledPolicies {

    /** A bundled policy file: its file name and its text. */
    public record File(String name, String text) {
    }

    private final List<File> files;

    BundledPolicies() {
        List<File> read = new ArrayList<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:org/worktime/server/policies/*.yaml")) {
                read.add(new File(r.getFilename(), r.getContentAsString(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled policy files", e);
        }
        read.sort(Comparator.comparing(File::name));
        this.files = List.copyOf(read);
    }

    public List<File> all() {
        return files;
    }

    /**
     * The bundled files read as exemption tests against the Korean pack (as {@code worktime simulate} reads them), in
     * the order of {@link #all}; read once, on first use (the files do not change under a running server).
     */
    public List<org.worktime.policy.PolicyExemptionTest> tests() {
        List<org.worktime.policy.PolicyExemptionTest> read = tests;
        if (read == null) {
            read = List.copyOf(SimulationJobs.read(files.stream().map(File::text).toList(), org.worktime.policy.sim.Simulation.korean(),
                    org.worktime.core.i18n.Language.EN));
            tests = read;
        }
        return read;
    }

    private volatile List<org.worktime.policy.PolicyExemptionTest> tests;

    public Optional<File> named(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
