package org.worktime.server.employee;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.worktime.server.records.Bundles;
import org.worktime.server.security.WorktimeUser;
import org.worktime.server.web.ApiException;

/**
 * Employees of a tenant's workplaces. The visible ones depend on the user: an HR administrator and an auditor see
 * the tenant, a manager their team (attribute {@code team}), an employee themselves; the others answer 404, as an id
 * that does not exist does.
 */
@Repository
public class EmployeeRepository {

    public record StoredEmployee(String workplaceId, String id, String team, Map<String, Object> definition) {
    }

    private final JdbcClient jdbc;
    private final RowMapper<StoredEmployee> rows;

    EmployeeRepository(JdbcClient jdbc, Bundles bundles) {
        this.jdbc = jdbc;
        this.rows = (rs, n) -> new StoredEmployee(rs.getString(1), rs.getString(2), rs.getString(3), bundles.parse(rs.getString(4)));
    }

    /** The employees of the workplace that the user may see, in id order. */
    public List<StoredEmployee> visible(WorktimeUser user, String workplace) {
        return all(user.tenantId(), workplace).stream().filter(e -> maySee(user, e)).toList();
    }

    /** Every employee of the workplace, whatever the user's scope (agreements may name any of them). */
    public List<StoredEmployee> all(String tenant, String workplace) {
        return jdbc.sql("select workplace_id, id, team, definition from employee where tenant_id = ? and workplace_id = ? order by id")
                .params(tenant, workplace).query(rows).list();
    }

    public Optional<StoredEmployee> find(String tenant, String workplace, String id) {
        return jdbc.sql("select workplace_id, id, team, definition from employee where tenant_id = ? and workplace_id = ? and id = ?")
                .params(tenant, workplace, id).query(rows).optional();
    }

    /** The employee if the user may see them, else 404. */
    public StoredEmployee visibleOne(WorktimeUser user, String workplace, String id) {
        Optional<StoredEmployee> found = find(user.tenantId(), workplace, id);
        if (found.isEmpty() || !maySee(user, found.get())) {
            throw ApiException.notFound("the employee " + id + " of workplace " + workplace);
        }
        return found.get();
    }

    public static boolean maySee(WorktimeUser user, StoredEmployee e) {
        return switch (user.role()) {
            case HR_ADMIN, AUDITOR -> true;
            case MANAGER -> user.team() != null && user.team().equals(e.team());
            case EMPLOYEE -> e.workplaceId().equals(user.workplaceId()) && e.id().equals(user.employeeId());
            case SYSTEM_ADMIN -> false;
        };
    }

    public void insert(String tenant, String workplace, String id, String team, String definition, Instant now) {
        jdbc.sql("insert into employee (tenant_id, workplace_id, id, team, definition, updated_at) values (?, ?, ?, ?, ?, ?)")
                .params(tenant, workplace, id, team, definition, now.atOffset(ZoneOffset.UTC)).update();
    }

    public void update(String tenant, String workplace, String id, String team, String definition, Instant now) {
        jdbc.sql("update employee set team = ?, definition = ?, updated_at = ? where tenant_id = ? and workplace_id = ? and id = ?")
                .params(team, definition, now.atOffset(ZoneOffset.UTC), tenant, workplace, id).update();
    }
}
