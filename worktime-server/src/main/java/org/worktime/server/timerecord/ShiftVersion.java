package org.worktime.server.timerecord;

import java.time.Instant;
import java.util.Map;

/**
 * One version of a time record (a recorded or planned shift). Versions are only ever added: version 1 is the record
 * as first entered, each correction adds one with who, when and why, and a void adds one with status VOID.
 *
 * @param data the shift as a bundle shift map of docs/FORMATS.md, start and end with their offset
 */
public record ShiftVersion(String recordId, int version, String workplaceId, String employeeId, String origin, String status, Instant start,
        Instant end, Map<String, Object> data, String recordedBy, Instant recordedAt, String reason, String importId) {

    public static final String ACTIVE = "ACTIVE";
    public static final String VOID = "VOID";

    public boolean active() {
        return ACTIVE.equals(status);
    }
}
