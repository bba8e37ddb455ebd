package org.worktime.server.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.worktime.core.i18n.Language;
import org.worktime.server.security.CurrentUser;
import org.worktime.server.security.Role;
import org.worktime.server.security.WorktimeUser;
import org.worktime.server.web.ApiException;
import org.worktime.server.workplace.WorkplaceRepository;
import org.worktime.server.workplace.WorkplaceRepository.StoredWorkplace;

/**
 * What every page has: the words of its language ({@code w}), the signed-in user, the tenant's workplaces for the
 * picker, and the path to come back to after a language switch. A record that is not there, or not the user's to see,
 * is the not-found page with status 404, as the API answers it.
 */
@ControllerAdvice(basePackageClasses = Pages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class Pages {

    /** The watch's "at risk" margin on every page, as the CLI's default {@code --risk-hours 4} and a punch's state. */
    public static final long RISK_SECONDS = 4 * 3600;

    private final WorkplaceRepository workplaces;

    Pages(WorkplaceRepository workplaces) {
        this.workplaces = workplaces;
    }

    @ModelAttribute
    void common(HttpServletRequest request, Model model) {
        Language language = PageLanguage.of(request);
        model.addAttribute("w", new Words(language));
        model.addAttribute("languages", PageLanguage.all());
        // The workplace of the page, for the picker: the id in /workplaces/{id}/..., if any.
        String[] parts = request.getRequestURI().split("/");
        model.addAttribute("picked", parts.length > 2 && parts[1].equals("workplaces") ? parts[2] : null);
        String query = request.getQueryString();
        model.addAttribute("here", request.getRequestURI() + (query == null ? "" : "?" + query));
        WorktimeUser user = CurrentUser.orNull();
        model.addAttribute("user", user);
        List<StoredWorkplace> mine = user == null || user.tenantId() == null || user.role() == Role.EMPLOYEE
                ? List.<StoredWorkplace>of() : workplaces.all(user.tenantId());
        model.addAttribute("workplaces", mine);
        // The nav's links: the workplace of the page, else the tenant's first; the audit trail for those who read it.
        String picked = (String) model.getAttribute("picked");
        model.addAttribute("navWorkplace", user == null || !readsWorkplaces(user) || mine.isEmpty() ? null
                : mine.stream().anyMatch(w -> w.id().equals(picked)) ? picked : mine.get(0).id());
        model.addAttribute("mayAudit", readsAudit(user));
    }

    @ExceptionHandler(ApiException.class)
    String problem(ApiException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        common(request, model);
        HttpStatus status = e.status();
        response.setStatus(status.value());
        model.addAttribute("status", Integer.toString(status.value()));
        return "error/problem";
    }

    /** Whether the user reads the tenant's audit trail: HR administrators and auditors, as the API's {@code audit.read}. */
    public static boolean readsAudit(WorktimeUser user) {
        return user != null && user.tenantId() != null && (user.role() == Role.HR_ADMIN || user.role() == Role.AUDITOR);
    }

    /** Whether the role reads a workplace's records (the week, an employee): all but the system administrator. */
    public static boolean readsWorkplaces(WorktimeUser user) {
        return user.role() == Role.HR_ADMIN || user.role() == Role.MANAGER || user.role() == Role.AUDITOR;
    }
}
