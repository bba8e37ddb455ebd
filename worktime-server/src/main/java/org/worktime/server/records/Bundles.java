package org.worktime.server.records;

import java.io.StringReader;
import org.worktime.core.finding.Text;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Workplace;
import org.worktime.io.read.DatasetReader;
import org.worktime.io.read.EmployeeReader;
import org.worktime.io.read.InputException;
import org.worktime.io.read.InputProblem;
import org.worktime.io.read.WorkplaceReader;
import org.worktime.server.web.ApiException;
import org.worktime.server.web.FieldProblem;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way records become engine values: as documents of docs/FORMATS.md read by worktime-io's readers. A record
 * posted to the API is read as the file it would be in (so it is refused with the readers' own messages), and the
 * stored records of a workplace are read as one bundle to be evaluated (so the server judges exactly what the CLI
 * would judge on the same files).
 */
@Component
public class Bundles {

    private static final Path WORKPLACE = Path.of("workplace.json");
    private static final Path EMPLOYEE = Path.of("employee.yaml");
    private static final Path BUNDLE = Path.of("records.json");

    private final JsonMapper json;

    Bundles(JsonMapper json) {
        this.json = json;
    }

    public String toJson(Object value) {
        return json.writeValueAsString(value);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> parse(String text) {
        return json.readValue(text, LinkedHashMap.class);
    }

    /** A workplace document, checked by the workplace reader; problems name the body's fields. */
    public Workplace workplace(Map<String, Object> document) {
        try {
            return WorkplaceReader.read(new StringReader(toJson(document)), WORKPLACE, DatasetReader.installedVocabulary());
        } catch (InputException e) {
            throw invalid(Text.of("server.problem.workplace-invalid"), e, f -> f);
        }
    }

    /** One employee entry, checked by the employee reader. */
    public Employee employee(Map<String, Object> document) {
        try {
            List<Employee> read = EmployeeReader.readYaml(new StringReader(toJson(Map.of("employees", List.of(document)))), EMPLOYEE,
                    DatasetReader.installedVocabulary());
            return read.get(0);
        } catch (InputException e) {
            throw invalid(Text.of("server.problem.employee-invalid"), e, f -> strip(f, "employees[0]"));
        }
    }

    /**
     * The parts of a bundle, as stored documents. {@code leave} is null while the workplace keeps no leave records (the
     * rules that ask about leave are then undetermined, as with no {@code leave.csv}); a list, empty or not, once it does.
     */
    public record Parts(Map<String, Object> workplace, List<Map<String, Object>> employees, List<Map<String, Object>> shifts,
            List<Map<String, Object>> earnings, List<Map<String, Object>> attestations, List<Map<String, Object>> leave) {

        public static Parts of(Map<String, Object> workplace, List<Map<String, Object>> employees) {
            return new Parts(workplace, employees, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), null);
        }

        /** The same parts, with the leave records known (an empty list until some are added). */
        public Parts withLeaveRecorded() {
            return leave != null ? this : new Parts(workplace, employees, shifts, earnings, attestations, new ArrayList<>());
        }
    }

    /**
     * Reads the parts as one bundle. {@code subject} names the list item the caller is asking about (e.g.
     * {@code shifts[3]}): problems inside it are given with the body's own field names; others (in stored records)
     * keep their bundle path.
     */
    public Dataset dataset(Parts parts, String subject, Text refusal) {
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("workplace", parts.workplace());
        bundle.put("employees", parts.employees());
        bundle.put("shifts", parts.shifts());
        if (!parts.earnings().isEmpty()) {
            bundle.put("earnings", parts.earnings());
        }
        if (!parts.attestations().isEmpty()) {
            bundle.put("attestations", parts.attestations());
        }
        if (parts.leave() != null) {
            bundle.put("leave", parts.leave());
        }
        try {
            return DatasetReader.readBundle(new StringReader(toJson(bundle)), BUNDLE);
        } catch (InputException e) {
            throw invalid(refusal, e, f -> subject == null ? f : strip(f, subject));
        }
    }

    private static String strip(String field, String prefix) {
        if (field == null) {
            return null;
        }
        if (field.equals(prefix)) {
            return null;
        }
        return field.startsWith(prefix + ".") ? field.substring(prefix.length() + 1) : field;
    }

    /** The readers' problems as the API's: no file and no line (a JSON body has neither that the client wrote). */
    private static ApiException invalid(Text refusal, InputException e, Function<String, String> field) {
        List<FieldProblem> problems = new ArrayList<>();
        for (InputProblem p : e.problems()) {
            problems.add(FieldProblem.field(field.apply(p.field()), p.message(org.worktime.server.web.RequestLanguage.current())));
        }
        return ApiException.invalid(refusal, problems);
    }

    /**
     * The workplace document for a bundle of only these employees: agreements naming none of them are left out, and
     * the others' ids removed from the rest. They cannot change the answer for these employees, and the bundle's
     * employees list names only these (the reader checks every id an agreement names).
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> scoped(Map<String, Object> workplace, Set<String> ids) {
        Object agreements = workplace.get("agreements");
        if (!(agreements instanceof List<?> list)) {
            return workplace;
        }
        List<Object> kept = new ArrayList<>();
        for (Object item : list) {
            if (item instanceof Map<?, ?> agreement && agreement.get("employees") instanceof List<?> named) {
                List<Object> left = named.stream().filter(ids::contains).map(Object.class::cast).toList();
                if (left.isEmpty()) {
                    continue;
                }
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) agreement);
                copy.put("employees", left);
                kept.add(copy);
            } else {
                kept.add(item);
            }
        }
        Map<String, Object> copy = new LinkedHashMap<>(workplace);
        copy.put("agreements", kept);
        return copy;
    }
}
