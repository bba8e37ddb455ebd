package org.worktime.io.write;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: columns sized to their widest cell (counting Hangul as two columns), separated by two
 * spaces, the last column left unpadded; a row may carry detail lines printed under it at a given indent.
 */
public final class TextTable {

    private final boolean[] rightAligned;
    private final List<String[]> rows = new ArrayList<>();
    private final List<List<Detail>> details = new ArrayList<>();

    private record Detail(int column, String text) {
    }

    /** @param rightAligned one flag per column */
    public TextTable(boolean... rightAligned) {
        this.rightAligned = rightAligned.clone();
    }

    public TextTable row(String... cells) {
        if (cells.length != rightAligned.length) {
            throw new IllegalArgumentException("expected " + rightAligned.length + " cells, got " + cells.length);
        }
        rows.add(cells.clone());
        details.add(new ArrayList<>());
        return this;
    }

    /** A line printed under the last row, at the table's indent. */
    TextTable detail(String line) {
        return detail(0, line);
    }

    /** A line printed under the last row, starting where the given column starts. */
    TextTable detail(int column, String line) {
        details.get(details.size() - 1).add(new Detail(column, line));
        return this;
    }

    /** The offset at which a column starts, for aligning details under it. */
    int offsetOf(int column) {
        return offsetOf(column, widths());
    }

    private static int offsetOf(int column, int[] widths) {
        int offset = 0;
        for (int c = 0; c < column; c++) {
            offset += widths[c] + 2;
        }
        return offset;
    }

    public List<String> lines(String indent) {
        int[] widths = widths();
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            String[] cells = rows.get(r);
            StringBuilder line = new StringBuilder(indent);
            for (int c = 0; c < cells.length; c++) {
                if (c > 0) {
                    line.append("  ");
                }
                boolean last = c == cells.length - 1;
                if (rightAligned[c]) {
                    line.append(Formats.padLeft(cells[c], widths[c]));
                } else {
                    line.append(last ? cells[c] : Formats.pad(cells[c], widths[c]));
                }
            }
            lines.add(line.toString().stripTrailing());
            for (Detail detail : details.get(r)) {
                lines.add(indent + " ".repeat(offsetOf(detail.column(), widths)) + detail.text());
            }
        }
        return lines;
    }

    private int[] widths() {
        int[] widths = new int[rightAligned.length];
        for (String[] cells : rows) {
            for (int c = 0; c < cells.length; c++) {
                widths[c] = Math.max(widths[c], Formats.width(cells[c]));
            }
        }
        return widths;
    }
}
