package org.worktime.server.alert;

import java.time.Instant;

/**
 * Published (synchronously, inside the writing transaction) when a shift is entered, corrected or voided: by the shift
 * endpoints, a punch's clock-out and an import. {@link AlertTrigger} checks the employee once the transaction commits.
 *
 * @param start the start of the shift that changed, to find the weeks whose findings may have changed
 */
public record RecordsChanged(String tenant, String workplace, String employee, Instant start) {
}
