package org.worktime.server.ui.agreements;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.worktime.core.finding.Text;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.rule.Packs;
import org.worktime.core.rule.Vocabulary;
import org.worktime.server.audit.AuditTrail;
import org.worktime.server.employee.EmployeeRepository;
import org.worktime.server.employee.EmployeeRepository.StoredEmployee;
import org.worktime.server.records.Bundles;
import org.worktime.server.security.CurrentUser;
import org.worktime.server.security.Role;
import org.worktime.server.security.WorktimeUser;
import org.worktime.server.ui.Pages;
import org.worktime.server.web.ApiException;
import org.worktime.server.web.FieldProblem;
import org.worktime.server.workplace.WorkplaceRepository;
import org.worktime.server.workplace.WorkplaceRepository.StoredWorkplace;

/**
 * Agreements and arrangements: the workplace document's {@code agreements} (the Art. 53 agreement, flexible and
 * selective units, special extended work authorizations, Art. 36 agreements...), each with its validity, its state
 * today in the workplace's zone and whom it covers. HR administrators add and edit them: the changed document is read
 * by the same readers as {@code PUT /workplaces/{wp}} (the workplace reader, then the whole bundle, which checks the
 * employee ids), with the same messages, and the change is audited as that endpoint audits it. Others read only.
 */
@Controller
class AgreementsPageController {

    private final WorkplaceRepository workplaces;
    private final EmployeeRepository employees;
    private final Bundles bundles;
    private final AuditTrail audit;
    private final Clock clock;

    AgreementsPageController(WorkplaceRepository workplaces, EmployeeRepository employees, Bundles bundles, AuditTrail audit, Clock clock) {
        this.workplaces = workplaces;
        this.employees = employees;
        this.bundles = bundles;
        this.audit = audit;
        this.clock = clock;
    }

    /** The form's values; {@code index} -1 for a new agreement. */
    public record Form(int index, String kind, String from, String to, List<String> employees, String terms) {
        static Form empty() {
            return new Form(-1, "", "", "", List.of(), "");
        }
    }

    @GetMapping("/workplaces/{workplace}/agreements")
    String page(@PathVariable String workplace, @RequestParam(required = false) Integer edit, Model model) {
        StoredWorkplace wp = readable(workplace);
        List<AgreementRow> rows = rows(wp);
        Form form = Form.empty();
        if (edit != null && edit >= 0 && edit < rows.size() && CurrentUser.get().role() == Role.HR_ADMIN) {
            AgreementRow r = rows.get(edit);
            form = new Form(r.index(), r.kind(), r.from().toString(), r.to() == null ? "" : r.to().toString(), r.employees(), r.termsText());
        }
        fill(wp, rows, form, List.of(), model);
        return "agreements/agreements";
    }

    @PostMapping("/workplaces/{workplace}/agreements")
    @Transactional
    String save(@PathVariable String workplace, @RequestParam(defaultValue = "-1") int index, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
            @RequestParam(required = false) List<String> employee, @RequestParam(defaultValue = "") String terms, HttpServletRequest request,
            Model model) {
        WorktimeUser user = CurrentUser.get();
        StoredWorkplace wp = readable(workplace);
        if (user.role() != Role.HR_ADMIN) {
            throw ApiException.notFound("the workplace " + workplace);
        }
        Form form = new Form(index, kind.strip(), from.strip(), to.strip(), employee == null ? List.of() : employee, terms);
        Map<String, Object> document = new LinkedHashMap<>(wp.definition());
        List<Object> agreements = new ArrayList<>(document.get("agreements") instanceof List<?> l ? l : List.of());
        int at = index >= 0 && index < agreements.size() ? index : agreements.size();
        Map<String, Object> agreement = agreement(form, at < agreements.size() ? agreements.get(at) : null);
        if (at < agreements.size()) {
            agreements.set(at, agreement);
        } else {
            agreements.add(agreement);
        }
        document.put("agreements", agreements);
        try {
            // The readers of PUT /workplaces/{wp}: the document alone, then with the employees (the ids it names).
            bundles.workplace(document);
            List<Map<String, Object>> staff = employees.all(user.tenantId(), wp.id()).stream().map(StoredEmployee::definition).toList();
            bundles.dataset(Bundles.Parts.of(document, staff), null, Text.of("server.problem.workplace-invalid"));
        } catch (ApiException e) {
            fill(wp, rows(wp), form, e.problems().isEmpty() ? List.of(FieldProblem.field(null, e.getMessage())) : e.problems(), model);
            return "agreements/agreements";
        }
        String before = bundles.toJson(wp.definition());
        String after = bundles.toJson(document);
        workplaces.update(user.tenantId(), wp.id(), wp.jurisdiction(), wp.zone(), after, clock.instant());
        audit.record(user.tenantId(), user.getUsername(), "UPDATE", "workplace", wp.id(), before, after, null);
        return "redirect:/workplaces/" + wp.id() + "/agreements";
    }

    /** The agreement as the form gives it; a term line is {@code name: value}; an edit keeps what the form does not show. */
    private static Map<String, Object> agreement(Form form, Object existing) {
        Map<String, Object> a = new LinkedHashMap<>();
        if (existing instanceof Map<?, ?> old) {
            old.forEach((k, v) -> a.put(String.valueOf(k), v));
        }
        a.put("kind", form.kind());
        a.put("from", form.from());
        if (form.to().isEmpty()) {
            a.remove("to");
        } else {
            a.put("to", form.to());
        }
        if (form.employees().isEmpty()) {
            a.remove("employees");
        } else {
            a.put("employees", form.employees());
        }
        Map<String, Object> terms = new LinkedHashMap<>();
        for (String line : form.terms().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            // A line without a colon is kept as a term without a value: the reader names it.
            terms.put(colon < 0 ? line.strip() : line.substring(0, colon).strip(), colon < 0 ? "" : line.substring(colon + 1).strip());
        }
        if (terms.isEmpty()) {
            a.remove("terms");
        } else {
            a.put("terms", terms);
        }
        return a;
    }

    private List<AgreementRow> rows(StoredWorkplace wp) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(wp.zone())));
        List<AgreementRow> rows = new ArrayList<>();
        if (!(wp.definition().get("agreements") instanceof List<?> list)) {
            return rows;
        }
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> a)) {
                continue;
            }
            String kind = String.valueOf(a.get("kind"));
            LocalDate from = LocalDate.parse(String.valueOf(a.get("from")));
            LocalDate to = a.get("to") == null ? null : LocalDate.parse(String.valueOf(a.get("to")));
            List<String> ids = a.get("employees") instanceof List<?> e ? e.stream().map(String::valueOf).toList() : List.of();
            Map<String, String> terms = new LinkedHashMap<>();
            if (a.get("terms") instanceof Map<?, ?> t) {
                t.forEach((k, v) -> terms.put(String.valueOf(k), String.valueOf(v)));
            }
            rows.add(new AgreementRow(i, kind, AgreementRow.family(kind), from, to, AgreementRow.state(from, to, today), ids, terms));
        }
        return rows;
    }

    private void fill(StoredWorkplace wp, List<AgreementRow> rows, Form form, List<FieldProblem> problems, Model model) {
        WorktimeUser user = CurrentUser.get();
        List<StoredEmployee> staff = employees.visible(user, wp.id());
        Map<String, String> names = new LinkedHashMap<>();
        staff.forEach(e -> names.put(e.id(), String.valueOf(e.definition().getOrDefault("name", e.id()))));
        model.addAttribute("workplace", wp);
        model.addAttribute("rows", rows);
        model.addAttribute("names", names);
        model.addAttribute("today", LocalDate.now(clock.withZone(ZoneId.of(wp.zone()))));
        model.addAttribute("editor", user.role() == Role.HR_ADMIN);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("kinds", kinds(wp.jurisdiction()));
    }

    /** The agreement kinds the workplace's pack reads, offered as the kind field's suggestions. */
    private static List<String> kinds(String jurisdiction) {
        return Packs.discover().stream().filter(p -> p.jurisdiction().equals(jurisdiction)).findFirst().map(JurisdictionPack::vocabulary)
                .map(v -> v.words(Vocabulary.Field.AGREEMENT_KIND)).orElse(List.of());
    }

    private StoredWorkplace readable(String workplace) {
        WorktimeUser user = CurrentUser.get();
        if (!Pages.readsWorkplaces(user)) {
            throw ApiException.notFound("the workplace " + workplace);
        }
        return workplaces.get(user.tenantId(), workplace);
    }
}
