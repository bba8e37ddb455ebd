package org.worktime.io.write;

import java.util.Objects;
import java.util.Set;

/**
 * A report evaluated on incomplete records ({@code --on-error quarantine}): how many shift rows were read, accepted and
 * rejected, where the rejected rows were written, and the employees they name. Writers mark those employees' findings
 * and pay lines "on incomplete records": what was rejected may have changed them.
 *
 * @param employees   ids named by rejected rows (an id the dataset does not know is listed too: it is what the row said)
 * @param rejectsFile where the rejected rows were written, as the user named it
 */
public record IncompleteRecords(long rowsRead, long rowsAccepted, long rowsRejected, String rejectsFile, Set<String> employees) {

    public IncompleteRecords {
        Objects.requireNonNull(rejectsFile, "rejectsFile");
        employees = Set.copyOf(employees);
        if (rowsRead != rowsAccepted + rowsRejected) {
            throw new IllegalArgumentException("rows read (" + rowsRead + ") must be accepted (" + rowsAccepted + ") + rejected ("
                    + rowsRejected + ")");
        }
    }

    public boolean covers(String employeeId) {
        return employees.contains(employeeId);
    }

    /** The sorted ids, joined by ", ". */
    public String employeeList() {
        return String.join(", ", new java.util.TreeSet<>(employees));
    }
}
