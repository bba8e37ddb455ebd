package org.worktime.io.write;

import java.util.Locale;

/**
 * An output format. Reports come as text, JSON or CSV; rule listings also as Markdown; {@code check}, {@code pay}
 * and {@code exempt} also as an Excel workbook (XLSX, binary: written to a file, see {@link XlsxWorkbook}).
 */
public enum Format {
    TEXT("text"),
    JSON("json"),
    CSV("csv"),
    MARKDOWN("md"),
    XLSX("xlsx");

    private final String code;

    Format(String code) {
        this.code = code;
    }

    /** The name users type: {@code text}, {@code json}, {@code csv}, {@code md}, {@code xlsx}. */
    public String code() {
        return code;
    }

    /**
     * Reads a format name, ignoring case; {@code markdown} is accepted for {@code md}.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    /** Whether the format is binary (a workbook), written to a file rather than as text to a writer. */
    public boolean isBinary() {
        return this == XLSX;
    }

    public static Format parse(String text) {
        String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            if (f.code.equals(s) || f.name().toLowerCase(Locale.ROOT).equals(s)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + text + "': use text, json, csv, md or xlsx");
    }
}
