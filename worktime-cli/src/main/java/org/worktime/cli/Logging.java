package org.worktime.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The log of the libraries the command uses. Apache POI logs through the Log4j API, which worktime-io routes to
 * java.util.logging (log4j-to-jul), so no "could not find a logging provider" line appears. POI's own messages are
 * kept quiet: every problem with a workbook is reported by the reader, with its file, row and cell; under
 * {@code --debug} POI's warnings and errors are printed too.
 */
final class Logging {

    /** Held so that the configured logger is not collected (java.util.logging keeps loggers weakly). */
    private static final Logger POI = Logger.getLogger("org.apache.poi");

    private Logging() {
    }

    static void configure(boolean debug) {
        POI.setLevel(debug ? Level.WARNING : Level.OFF);
    }
}
