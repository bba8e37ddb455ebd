package org.worktime.server.ui;

import java.util.List;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.worktime.server.employee.EmployeeRepository;
import org.worktime.server.employee.EmployeeRepository.StoredEmployee;
import org.worktime.server.security.CurrentUser;
import org.worktime.server.security.WorktimeUser;
import org.worktime.server.web.ApiException;
import org.worktime.server.workplace.WorkplaceRepository;
import org.worktime.server.workplace.WorkplaceRepository.StoredWorkplace;

/**
 * What a workplace's page resolves before it reads anything: the signed-in user, the workplace in their tenant, and
 * the employees they may see there, narrowed to one team when a team is picked. A user whose role reads no workplace
 * records (an employee, the system administrator), or a workplace of another tenant, is not found (404), as the API.
 */
@Component
public class PageContext {

    private final WorkplaceRepository workplaces;
    private final EmployeeRepository employees;

    PageContext(WorkplaceRepository workplaces, EmployeeRepository employees) {
        this.workplaces = workplaces;
        this.employees = employees;
    }

    /**
     * @param user      the signed-in user
     * @param workplace the workplace of the page
     * @param visible   the employees the user may see there (every team)
     * @param team      the picked team, or null for all
     * @param selected  the visible employees of the picked team
     */
    public record Scope(WorktimeUser user, StoredWorkplace workplace, List<StoredEmployee> visible, String team, List<StoredEmployee> selected) {

        /** The teams of the visible employees, for the team picker, sorted. */
        public List<String> teams() {
            TreeSet<String> teams = new TreeSet<>();
            visible.forEach(e -> {
                if (e.team() != null && !e.team().isBlank()) {
                    teams.add(e.team());
                }
            });
            return List.copyOf(teams);
        }

        public String tenant() {
            return user.tenantId();
        }
    }

    /** The workplace of the page and the employees the user may see in it, of one team when {@code team} is not blank. */
    public Scope scope(String workplace, String team) {
        WorktimeUser user = CurrentUser.get();
        if (!Pages.readsWorkplaces(user)) {
            throw ApiException.notFound("the workplace " + workplace);
        }
        StoredWorkplace wp = workplaces.get(user.tenantId(), workplace);
        List<StoredEmployee> visible = employees.visible(user, workplace);
        String picked = team == null || team.isBlank() ? null : team;
        List<StoredEmployee> selected = picked == null ? visible : visible.stream().filter(e -> picked.equals(e.team())).toList();
        return new Scope(user, wp, visible, picked, selected);
    }

    /** The workplace of the page for any signed-in user of its tenant (an employee's own page), 404 otherwise. */
    public StoredWorkplace workplace(WorktimeUser user, String workplace) {
        if (user.tenantId() == null) {
            throw ApiException.notFound("the workplace " + workplace);
        }
        return workplaces.get(user.tenantId(), workplace);
    }
}
