package org.worktime.server.ui.employee;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import org.worktime.server.employee.EmployeeRepository;
import org.worktime.server.extra.ExtraRecords;
import org.worktime.server.security.CurrentUser;
import org.worktime.server.security.Role;
import org.worktime.server.security.WorktimeUser;
import org.worktime.server.ui.PageLanguage;
import org.worktime.server.web.ApiException;
import org.worktime.server.web.FieldProblem;
import org.worktime.server.web.RequestLanguage;

/**
 * The Employee page's leave form (HR administrators): a day or a range of days, or part of one day, of a kind the leave
 * reader knows, recorded through {@link ExtraRecords}, the service of {@code POST /api/v1/workplaces/{wp}/leave}: the
 * same reader, the same checks, the same messages ("unknown leave kind anual ...; did you mean annual?"), said in the
 * page's language. Then back to the page (post, redirect, get), where the leave list shows the record, or the form the
 * problems, each with its field, and what was typed.
 */
@Controller
class LeavePageController {

    private final ExtraRecords records;
    private final EmployeeRepository employees;

    LeavePageController(ExtraRecords records, EmployeeRepository employees) {
        this.records = records;
        this.employees = employees;
    }

    /** A refusal as the form shows it: the API's field (null for the record as a whole) and the reader's message. */
    public record Problem(String field, String message) implements java.io.Serializable {
    }

    @PostMapping("/workplaces/{workplace}/employees/{employee}/leave")
    String record(@PathVariable String workplace, @PathVariable String employee, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "") String hours, @RequestParam(defaultValue = "") String note, HttpServletRequest request,
            RedirectAttributes redirect) {
        WorktimeUser user = CurrentUser.get();
        if (user.role() != Role.HR_ADMIN) {
            throw ApiException.notFound("the employee " + employee + " of workplace " + workplace);
        }
        EmployeeRepository.StoredEmployee stored = employees.visibleOne(user, workplace, employee);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("employee", stored.id());
        body.put("kind", kind.strip());
        body.put("from", from.strip());
        put(body, "to", to);
        put(body, "hours", hours);
        put(body, "note", note);
        String back = "redirect:/workplaces/" + UriUtils.encodePathSegment(workplace, "UTF-8") + "/employees/"
                + UriUtils.encodePathSegment(stored.id(), "UTF-8");
        request.setAttribute(RequestLanguage.ATTRIBUTE, PageLanguage.of(request));
        try {
            records.create(user, workplace, "leave", body);
        } catch (ApiException e) {
            List<Problem> problems = new ArrayList<>();
            for (FieldProblem p : e.problems()) {
                problems.add(new Problem(p.field(), p.message()));
            }
            if (problems.isEmpty()) {
                problems.add(new Problem(null, e.getMessage()));
            }
            redirect.addFlashAttribute("leaveProblems", problems);
            redirect.addFlashAttribute("leaveTyped", Map.of("kind", kind, "from", from, "to", to, "hours", hours, "note", note));
            return back + "#leave-form";
        }
        redirect.addFlashAttribute("leaveSaved", true);
        return back + "#leave-title";
    }

    private static void put(Map<String, Object> body, String field, String value) {
        if (!value.isBlank()) {
            body.put(field, value.strip());
        }
    }
}
