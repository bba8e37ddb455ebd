package org.worktime.server.ui.imports;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.worktime.io.read.InputException;
import org.worktime.server.imports.ImportPreview;
import org.worktime.server.imports.ImportService;
import org.worktime.server.security.CurrentUser;
import org.worktime.server.security.Role;
import org.worktime.server.security.WorktimeUser;
import org.worktime.server.ui.Pages;
import org.worktime.server.web.ApiException;
import org.worktime.server.workplace.WorkplaceRepository;
import org.worktime.server.workplace.WorkplaceRepository.StoredWorkplace;

/**
 * Imports: upload a CSV or XLSX file with an import profile (a built-in one, or a profile file uploaded beside it, read
 * as the API reads its {@code profileFile} part), see the first rows as read and every refused row with its
 * line, field and reason, then confirm; nothing is entered before the confirmation, and then all of it or nothing. The
 * upload waits in the user's session between the two steps. The history lists the workplace's imports. HR
 * administrators only, as {@code POST /api/v1/.../imports}.
 */
@Controller
class ImportsPageController {

    /** Rows of the preview: enough to see that the columns were read right, not the whole file. */
    static final int PREVIEW_ROWS = 20;
    private static final String PENDING = "worktime.import.";

    private final WorkplaceRepository workplaces;
    private final ImportPreview preview;
    private final ImportService imports;

    ImportsPageController(WorkplaceRepository workplaces, ImportPreview preview, ImportService imports) {
        this.workplaces = workplaces;
        this.preview = preview;
        this.imports = imports;
    }

    /**
     * An upload waiting for its confirmation; {@code profileYaml} is the uploaded profile file's content ({@code profile}
     * is then its file name), null for a built-in profile or none.
     */
    record Pending(String workplace, String file, byte[] content, String profile, byte[] profileYaml, boolean leaveOutBadRows)
            implements java.io.Serializable {

        /** The upload as read now: the confirmation reads the same bytes through the same profile again. */
        ImportPreview.Read read(ImportPreview preview, String tenant) {
            if (profileYaml == null) {
                return preview.read(tenant, workplace, file, content, profile);
            }
            try {
                return preview.read(tenant, workplace, file, content, ImportPreview.readProfile(profile, profileYaml), profile);
            } catch (InputException e) {
                throw new IllegalStateException("the profile file " + profile + " read at the preview", e); // the same bytes read then
            }
        }
    }

    @GetMapping("/workplaces/{workplace}/imports")
    String page(@PathVariable String workplace, Model model) {
        WorktimeUser user = hr();
        fill(user, workplaces.get(user.tenantId(), workplace), model);
        return "imports/imports";
    }

    @PostMapping("/workplaces/{workplace}/imports/preview")
    String preview(@PathVariable String workplace, @RequestParam("file") MultipartFile file, @RequestParam(required = false) String profile,
            @RequestParam(required = false) MultipartFile profileFile, @RequestParam(defaultValue = "strict") String mode, HttpSession session,
            Model model) throws IOException {
        WorktimeUser user = hr();
        StoredWorkplace wp = workplaces.get(user.tenantId(), workplace);
        String name = baseName(file, "shifts.csv");
        String chosen = profile == null || profile.isBlank() ? null : profile.strip();
        boolean leaveOut = mode.equals("quarantine");
        byte[] yaml = null;
        if (profileFile != null && !profileFile.isEmpty()) {
            fill(user, wp, model);
            model.addAttribute("leaveOut", leaveOut);
            if (chosen != null) {
                model.addAttribute("profileBoth", true);
                return "imports/imports";
            }
            // The profile file as the API reads its profileFile part: its problems named by the file's name, line and field.
            chosen = baseName(profileFile, "profile.yaml");
            yaml = profileFile.getBytes();
            try {
                ImportPreview.readProfile(chosen, yaml);
            } catch (InputException e) {
                model.addAttribute("profileFileName", chosen);
                model.addAttribute("profileProblems", e.problems());
                return "imports/imports";
            }
        }
        Pending pending = new Pending(workplace, name, file.getBytes(), chosen, yaml, leaveOut);
        ImportPreview.Read read = pending.read(preview, user.tenantId());
        String token = UUID.randomUUID().toString();
        session.setAttribute(PENDING + token, pending);
        fill(user, wp, model);
        model.addAttribute("uploadedProfile", yaml != null);
        model.addAttribute("read", read);
        model.addAttribute("rows", read.shifts().subList(0, Math.min(PREVIEW_ROWS, read.shifts().size())));
        model.addAttribute("zone", ZoneId.of(wp.zone()));
        model.addAttribute("token", token);
        model.addAttribute("leaveOut", leaveOut);
        model.addAttribute("importable", read.importable(leaveOut));
        return "imports/imports";
    }

    @PostMapping("/workplaces/{workplace}/imports/confirm")
    String confirm(@PathVariable String workplace, @RequestParam String token, HttpSession session, Model model) {
        WorktimeUser user = hr();
        StoredWorkplace wp = workplaces.get(user.tenantId(), workplace);
        Object held = session.getAttribute(PENDING + token);
        if (!(held instanceof Pending pending) || !pending.workplace().equals(workplace)) {
            throw ApiException.notFound("the upload waiting for confirmation (upload the file again)");
        }
        ImportPreview.Read read = pending.read(preview, user.tenantId());
        if (!read.importable(pending.leaveOutBadRows())) {
            throw ApiException.conflict("the upload cannot be imported as it is: upload it again to see why");
        }
        try {
            ImportService.Result result = imports.importPreviewed(user.tenantId(), user.getUsername(), workplace, pending.file(), pending.content(),
                    pending.profile(), read.shifts(), read.rejected().size());
            session.removeAttribute(PENDING + token);
            return "redirect:/workplaces/" + workplace + "/imports?done=" + result.id() + (result.replayed() ? "&replayed" : "");
        } catch (ApiException e) {
            fill(user, wp, model);
            model.addAttribute("problem", e);
            return "imports/imports";
        }
    }

    private void fill(WorktimeUser user, StoredWorkplace wp, Model model) {
        model.addAttribute("workplace", wp);
        model.addAttribute("profiles", ImportPreview.PROFILES);
        model.addAttribute("history", imports.history(user.tenantId(), wp.id(), 50));
        model.addAttribute("zoneId", ZoneId.of(wp.zone()));
    }

    /** The part's file name without any folder a browser put in it. */
    private static String baseName(MultipartFile part, String otherwise) {
        String name = part.getOriginalFilename() == null || part.getOriginalFilename().isBlank() ? otherwise : part.getOriginalFilename();
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private static WorktimeUser hr() {
        WorktimeUser user = CurrentUser.get();
        if (!Pages.readsWorkplaces(user)) {
            throw ApiException.notFound("the imports");
        }
        if (user.role() != Role.HR_ADMIN) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Forbidden", "imports are for HR administrators", List.of());
        }
        return user;
    }
}
