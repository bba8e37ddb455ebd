package org.worktime.server.ui.employee;

import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.worktime.core.domain.Leave;

/** The leave kinds the reader knows, for the suggestions of the Employee page's leave form ({@link LeavePageController}). */
@ControllerAdvice(assignableTypes = EmployeePageController.class)
class LeaveKinds {

    @ModelAttribute("leaveKinds")
    List<String> leaveKinds() {
        return Leave.Kind.codes();
    }
}
