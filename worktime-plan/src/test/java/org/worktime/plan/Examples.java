package org.worktime.plan;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's examples folder, found from the module's working directory. */
final class Examples {

    private Examples() {
    }

    static Path folder() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples/ai-lab"))) {
                return p.resolve("examples");
            }
        }
        throw new IllegalStateException("no examples folder above " + here);
    }
}
