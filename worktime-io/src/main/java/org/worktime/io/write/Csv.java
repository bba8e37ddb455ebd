package org.worktime.io.write;

import java.io.IOException;
import java.io.Writer;

/** RFC 4180 rows: comma-separated, quoted when a cell holds a comma, quote or line break; {@code \n} line ends. Public for the CLI's rejects file. */
public final class Csv {

    /**
     * The byte-order mark a CSV starts with on request ({@code --bom}): encoded in UTF-8 ({@code EF BB BF}) it tells
     * Excel the file is UTF-8, so Korean and Japanese open readable with a double click.
     */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Writer out;

    public Csv(Writer out) {
        this.out = out;
    }

    /** Writes one row; a null cell is written empty. */
    public Csv row(String... cells) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(escape(cells[i]));
        }
        line.append('\n');
        out.write(line.toString());
        return this;
    }

    static String escape(String cell) {
        if (cell == null) {
            return "";
        }
        if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
