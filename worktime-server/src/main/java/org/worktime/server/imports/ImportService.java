package org.worktime.server.imports;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.worktime.core.domain.Shift;
import org.worktime.io.read.ImportProfile;
import org.worktime.io.read.InputException;
import org.worktime.io.read.ShiftCsvReader;
import org.worktime.io.read.ShiftXlsxReader;
import org.worktime.server.audit.AuditTrail;
import org.worktime.server.employee.EmployeeRepository;
import org.worktime.server.records.Bundles;
import org.worktime.server.timerecord.ShiftService;
import org.worktime.server.web.ApiException;
import org.worktime.server.web.FieldProblem;
import org.worktime.server.workplace.WorkplaceRepository;
import org.worktime.server.workplace.WorkplaceRepository.StoredWorkplace;

/**
 * Imports a shifts file (the native {@code shifts.csv} or {@code shifts.xlsx} of docs/FORMATS.md), all or nothing: it
 * is read whole by worktime-io's reader (every rejected row reported with its line and field), then every shift is
 * entered in one transaction, which a single refusal rolls back. The import's key (the {@code Idempotency-Key} header,
 * else the file's SHA-256) is stored in the same transaction, so a retried upload answers with the first result
 * instead of importing twice, even when the first answer never arrived.
 */
@Service
public class ImportService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ImportService.class);

    private final JdbcClient jdbc;
    private final WorkplaceRepository workplaces;
    private final EmployeeRepository employees;
    private final ShiftService shifts;
    private final AuditTrail audit;
    private final Clock clock;
    private final ImportPreview preview;
    private final Bundles bundles;

    ImportService(JdbcClient jdbc, WorkplaceRepository workplaces, EmployeeRepository employees, ShiftService shifts, AuditTrail audit,
            Clock clock, ImportPreview preview, Bundles bundles) {
        this.preview = preview;
        this.bundles = bundles;
        this.jdbc = jdbc;
        this.workplaces = workplaces;
        this.employees = employees;
        this.shifts = shifts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The answer to an import: what was entered, and whether this was a retry of an import done before. */
    public record Result(String id, String file, String sha256, int shifts, int employees, Instant importedAt, boolean replayed) {
    }

    @Transactional
    public Result importShifts(String tenant, String actor, String workplace, String fileName, byte[] content, String idempotencyKey) {
        StoredWorkplace wp = workplaces.get(tenant, workplace);
        String sha = sha256(content);
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? "sha256:" + sha : idempotencyKey.strip();
        if (key.length() > 200) {
            throw ApiException.badRequest("Idempotency-Key: at most 200 characters");
        }
        Optional<Result> earlier = find(tenant, workplace, key);
        if (earlier.isPresent()) {
            if (!earlier.get().sha256().equals(sha)) {
                throw ApiException.conflict("the Idempotency-Key " + key + " was used for another file (SHA-256 " + earlier.get().sha256()
                        + "): use a new key for a new file");
            }
            return earlier.get();
        }
        ZoneId zone = ZoneId.of(wp.zone());
        List<EmployeeRepository.StoredEmployee> stored = employees.all(tenant, workplace);
        Set<String> ids = stored.stream().map(EmployeeRepository.StoredEmployee::id).collect(Collectors.toSet());
        List<Shift> read = read(fileName, content, zone, ids, currencies(stored));
        return enter(tenant, actor, wp, fileName, sha, key, read, 0, null);
    }

    /**
     * Imports a file read through an import profile (a built-in one by name, or one uploaded with the file), all or
     * nothing as {@link #importShifts}: a bad row refuses the file with every problem. {@code profileName} is what the
     * history shows: the built-in name, or the uploaded profile's file name.
     */
    @Transactional
    public Result importProfiled(String tenant, String actor, String workplace, String fileName, byte[] content, ImportProfile profile,
            String profileName, String idempotencyKey) {
        StoredWorkplace wp = workplaces.get(tenant, workplace);
        String sha = sha256(content);
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? "sha256:" + sha + ":" + profileName : idempotencyKey.strip();
        if (key.length() > 200) {
            throw ApiException.badRequest("Idempotency-Key: at most 200 characters");
        }
        Optional<Result> earlier = find(tenant, workplace, key);
        if (earlier.isPresent()) {
            if (!earlier.get().sha256().equals(sha)) {
                throw ApiException.conflict("the Idempotency-Key " + key + " was used for another file (SHA-256 " + earlier.get().sha256()
                        + "): use a new key for a new file");
            }
            return earlier.get();
        }
        Set<String> ids = employees.all(tenant, workplace).stream().map(EmployeeRepository.StoredEmployee::id).collect(Collectors.toSet());
        List<Shift> read = preview.readAll(wp, ids, fileName, content, profile);
        return enter(tenant, actor, wp, fileName, sha, key, read, 0, profileName);
    }

    /**
     * Enters shifts that the web page's preview read from an upload (through an import profile, bad rows set aside), all
     * or nothing as {@link #importShifts}: the same file with the same profile imported before answers with that import.
     */
    @Transactional
    public Result importPreviewed(String tenant, String actor, String workplace, String fileName, byte[] content, String profile,
            List<Shift> read, int rejected) {
        StoredWorkplace wp = workplaces.get(tenant, workplace);
        String sha = sha256(content);
        String key = "sha256:" + sha + (profile == null ? "" : ":" + profile);
        Optional<Result> earlier = find(tenant, workplace, key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        return enter(tenant, actor, wp, fileName, sha, key, read, rejected, profile);
    }

    private Result enter(String tenant, String actor, StoredWorkplace wp, String fileName, String sha, String key, List<Shift> read,
            int rejected, String profile) {
        String workplace = wp.id();
        ZoneId zone = ZoneId.of(wp.zone());
        if (read.isEmpty()) {
            throw ApiException.invalid("the file holds no shifts", List.of(new FieldProblem(fileName, null, null, "no shift rows under the header")));
        }
        String id = UUID.randomUUID().toString();
        LOG.info("import {} ({}, key {}): entering {} shifts", id, fileName, key, read.size());
        List<FieldProblem> overlaps = new ArrayList<>();
        for (Shift shift : read) {
            try {
                shifts.insertRead(tenant, actor, wp, shift, zone, "import " + fileName, id);
            } catch (ApiException e) {
                e.problems().forEach(p -> overlaps.add(new FieldProblem(fileName, null, p.field(), p.message())));
                if (overlaps.size() >= 100) {
                    break;
                }
            }
        }
        if (!overlaps.isEmpty()) {
            // Throwing rolls back every shift entered above: nothing of the file is kept.
            throw ApiException.invalid("the file was not imported: " + overlaps.size() + " of its shifts overlap stored shifts", overlaps);
        }
        Instant now = clock.instant();
        int people = (int) read.stream().map(Shift::employeeId).distinct().count();
        jdbc.sql("insert into import_batch (id, tenant_id, workplace_id, idempotency_key, file_name, file_sha256, shift_count, imported_by,"
                + " imported_at, rows_rejected, profile) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, tenant, workplace, key, fileName, sha, read.size(), actor, now.atOffset(ZoneOffset.UTC), rejected, profile).update();
        audit.record(tenant, actor, "IMPORT", "import", id, null, "{\"file\":" + quote(fileName) + ",\"sha256\":\"" + sha + "\",\"shifts\":"
                + read.size() + (rejected == 0 ? "" : ",\"rejectedRows\":" + rejected) + (profile == null ? "" : ",\"profile\":" + quote(profile))
                + "}", null);
        return new Result(id, fileName, sha, read.size(), people, now, false);
    }

    /** One import of the workplace's history, newest first. */
    public record Batch(String id, String file, int shifts, int rejectedRows, String profile, String importedBy, Instant importedAt) {
    }

    public List<Batch> history(String tenant, String workplace, int limit) {
        return jdbc.sql("select id, file_name, shift_count, rows_rejected, profile, imported_by, imported_at from import_batch"
                + " where tenant_id = ? and workplace_id = ? order by imported_at desc, id limit " + Math.max(1, Math.min(limit, 1000)))
                .params(tenant, workplace)
                .query((rs, n) -> new Batch(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6),
                        rs.getObject(7, OffsetDateTime.class).toInstant()))
                .list();
    }

    public Optional<Result> find(String tenant, String workplace, String key) {
        return jdbc.sql("select id, file_name, file_sha256, shift_count, imported_at from import_batch where tenant_id = ? and workplace_id = ?"
                + " and idempotency_key = ?")
                .params(tenant, workplace, key)
                .query((rs, n) -> new Result(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        countEmployees(tenant, rs.getString(1)), rs.getObject(5, OffsetDateTime.class).toInstant(), true))
                .optional();
    }

    private int countEmployees(String tenant, String importId) {
        return jdbc.sql("select count(distinct employee_id) from shift_version where tenant_id = ? and import_id = ?").params(tenant, importId)
                .query(Long.class).single().intValue();
    }

    /** The wage currency of each stored employee with a wage: a shift's own {@code rate} is read in it, as the CLI reads it. */
    private Map<String, CurrencyUnit> currencies(List<EmployeeRepository.StoredEmployee> stored) {
        Map<String, CurrencyUnit> byEmployee = new HashMap<>();
        for (EmployeeRepository.StoredEmployee e : stored) {
            bundles.employee(e.definition()).wageIfKnown().ifPresent(w -> byEmployee.put(e.id(), w.currency()));
        }
        return byEmployee;
    }

    private static List<Shift> read(String fileName, byte[] content, ZoneId zone, Set<String> ids, Map<String, CurrencyUnit> currencies) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        Path name = Path.of(fileName);
        try {
            if (lower.endsWith(".csv")) {
                return new ShiftCsvReader(zone, ids).withCurrencies(currencies).read(new ByteArrayInputStream(content), name);
            }
            if (lower.endsWith(".xlsx")) {
                return new ShiftXlsxReader(zone, ids).withCurrencies(currencies).read(new ByteArrayInputStream(content), name);
            }
        } catch (InputException e) {
            throw ApiException.invalid("the file was not imported: " + e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s"),
                    e.problems().stream().map(FieldProblem::of).toList());
        }
        throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported file", "expected a shifts file ending in .csv or .xlsx, found "
                + fileName, List.of());
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private static String quote(String s) {
        return tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(s);
    }
}
