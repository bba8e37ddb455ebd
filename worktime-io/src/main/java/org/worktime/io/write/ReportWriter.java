package org.worktime.io.write;

import org.worktime.core.i18n.Language;
import java.io.IOException;
import java.io.Writer;
import org.worktime.core.report.Report;

/**
 * Renders a {@link Report}. Implementations write UTF-16 text to a {@link Writer} with {@code \n} line ends,
 * flush it and leave it open; they hold no state between calls and are thread-safe.
 */
public interface ReportWriter {

    /** What a report is for. */
    enum Mode {
        /** Findings first: the text report adds a short pay summary per employee; CSV is the findings table. */
        CHECK,
        /** Pay lines first: the text report lists every pay line; CSV is the pay-line table. */
        PAY
    }

    void write(Report report, Writer out) throws IOException;

    /**
     * The writer for a format.
     *
     * @throws IllegalArgumentException for {@link Format#MARKDOWN}, which only rule listings support, and for
     *                                  {@link Format#XLSX}, a binary workbook: see {@link XlsxReportWriter}
     */
    static ReportWriter of(Format format, Language language, Mode mode) {
        return of(format, language, mode, null);
    }

    /**
     * The writer for a format, marking the findings of employees whose records were incomplete.
     *
     * @param incomplete null when every row was read
     */
    static ReportWriter of(Format format, Language language, Mode mode, IncompleteRecords incomplete) {
        return switch (format) {
            case TEXT -> new TextReportWriter(language, mode, incomplete);
            case JSON -> new JsonReportWriter(language, mode, incomplete);
            case CSV -> new CsvReportWriter(language, mode, incomplete);
            case MARKDOWN -> throw new IllegalArgumentException("reports are written as text, json or csv, not md");
            case XLSX -> throw new IllegalArgumentException("a workbook is binary: write it with XlsxReportWriter");
        };
    }
}
