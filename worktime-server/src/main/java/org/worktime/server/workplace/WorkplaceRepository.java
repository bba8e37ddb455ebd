package org.worktime.server.workplace;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.worktime.server.records.Bundles;
import org.worktime.server.web.ApiException;

/** Workplaces of a tenant: every query names the tenant. */
@Repository
public class WorkplaceRepository {

    /** A stored workplace: its document (docs/FORMATS.md) and the two facts queries need. */
    public record StoredWorkplace(String id, String jurisdiction, String zone, Map<String, Object> definition) {
    }

    private final JdbcClient jdbc;
    private final Bundles bundles;

    WorkplaceRepository(JdbcClient jdbc, Bundles bundles) {
        this.jdbc = jdbc;
        this.bundles = bundles;
    }

    public Optional<StoredWorkplace> find(String tenant, String id) {
        return jdbc.sql("select id, jurisdiction, zone, definition from workplace where tenant_id = ? and id = ?").params(tenant, id)
                .query((rs, n) -> new StoredWorkplace(rs.getString(1), rs.getString(2), rs.getString(3), bundles.parse(rs.getString(4))))
                .optional();
    }

    /** The workplace, or 404 (also when it belongs to another tenant: a guessed id tells nothing). */
    public StoredWorkplace get(String tenant, String id) {
        return find(tenant, id).orElseThrow(() -> ApiException.notFound("the workplace " + id));
    }

    public List<StoredWorkplace> all(String tenant) {
        return jdbc.sql("select id, jurisdiction, zone, definition from workplace where tenant_id = ? order by id").param(tenant)
                .query((rs, n) -> new StoredWorkplace(rs.getString(1), rs.getString(2), rs.getString(3), bundles.parse(rs.getString(4))))
                .list();
    }

    public void insert(String tenant, String id, String jurisdiction, String zone, String definition, Instant now) {
        jdbc.sql("insert into workplace (tenant_id, id, jurisdiction, zone, definition, updated_at) values (?, ?, ?, ?, ?, ?)")
                .params(tenant, id, jurisdiction, zone, definition, now.atOffset(ZoneOffset.UTC)).update();
    }

    public void update(String tenant, String id, String jurisdiction, String zone, String definition, Instant now) {
        jdbc.sql("update workplace set jurisdiction = ?, zone = ?, definition = ?, updated_at = ? where tenant_id = ? and id = ?")
                .params(jurisdiction, zone, definition, now.atOffset(ZoneOffset.UTC), tenant, id).update();
    }

    public boolean hasTimeRecords(String tenant, String id) {
        return jdbc.sql("select count(*) from shift_version where tenant_id = ? and workplace_id = ?").params(tenant, id)
                .query(Long.class).single() > 0;
    }
}
