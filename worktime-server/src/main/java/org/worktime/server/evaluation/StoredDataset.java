package org.worktime.server.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.worktime.core.domain.Dataset;
import org.worktime.server.employee.EmployeeRepository.StoredEmployee;
import org.worktime.server.records.Bundles;
import org.worktime.server.timerecord.ShiftRepository;
import org.worktime.server.timerecord.ShiftVersion;
import org.worktime.server.workplace.WorkplaceRepository.StoredWorkplace;

/**
 * The stored records of a workplace as the dataset the engine evaluates: the workplace, the employees asked about,
 * their live shifts (recorded and planned) in a window, their earnings and attestations, read as one bundle by
 * worktime-io, so the server evaluates exactly what the CLI would on the same files.
 */
@Component
public class StoredDataset {

    private final ShiftRepository shifts;
    private final Bundles bundles;
    private final JdbcClient jdbc;

    StoredDataset(ShiftRepository shifts, Bundles bundles, JdbcClient jdbc) {
        this.shifts = shifts;
        this.bundles = bundles;
        this.jdbc = jdbc;
    }

    /**
     * The dataset of these employees with their shifts overlapping [from, to). Agreements naming only other employees are
     * left out, and others' ids removed from the rest: they cannot change the answer for these employees, and the
     * employees file of the bundle names only these.
     */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public Dataset of(String tenant, StoredWorkplace workplace, List<StoredEmployee> employees, Instant from, Instant to) {
        return of(tenant, workplace, employees, from, to, List.of());
    }

    /**
     * The same dataset with unsaved shifts added (bundle shift maps, already read and checked): what a schedule would be
     * with them, for a warning before they are saved.
     */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public Dataset of(String tenant, StoredWorkplace workplace, List<StoredEmployee> employees, Instant from, Instant to,
            List<java.util.Map<String, Object>> unsaved) {
        return of(tenant, workplace, employees, from, to, unsaved, Set.of());
    }

    /** The same, without the stored records {@code without} (a record being corrected, its unsaved version among {@code unsaved}). */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public Dataset of(String tenant, StoredWorkplace workplace, List<StoredEmployee> employees, Instant from, Instant to,
            List<java.util.Map<String, Object>> unsaved, Set<String> without) {
        Set<String> ids = employees.stream().map(StoredEmployee::id).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        Bundles.Parts parts = Bundles.Parts.of(Bundles.scoped(workplace.definition(), ids), employees.stream().map(StoredEmployee::definition).toList());
        for (ShiftVersion v : shifts.live(tenant, workplace.id(), ids, from, to)) {
            if (!without.contains(v.recordId())) {
                parts.shifts().add(v.data());
            }
        }
        parts.shifts().addAll(unsaved);
        if (jdbc.sql("select count(*) from extra_record where tenant_id = :tenant and workplace_id = :workplace and kind = 'LEAVE'"
                + " and status = 'ACTIVE'").param("tenant", tenant).param("workplace", workplace.id()).query(Long.class).single() > 0) {
            parts = parts.withLeaveRecorded();
        }
        if (!ids.isEmpty()) {
            Bundles.Parts into = parts;
            jdbc.sql("select kind, data from extra_record where tenant_id = :tenant and workplace_id = :workplace and status = 'ACTIVE'"
                    + " and employee_id in (:ids) order by recorded_at, id")
                    .param("tenant", tenant).param("workplace", workplace.id()).param("ids", List.copyOf(ids))
                    .query((rs, n) -> {
                        Map<String, Object> data = bundles.parse(rs.getString(2));
                        switch (rs.getString(1)) {
                            case "EARNING" -> into.earnings().add(data);
                            case "LEAVE" -> into.leave().add(data);
                            default -> into.attestations().add(data);
                        }
                        return null;
                    }).list();
        }
        return bundles.dataset(parts, null, org.worktime.core.finding.Text.of("server.problem.stored-records"));
    }
}
