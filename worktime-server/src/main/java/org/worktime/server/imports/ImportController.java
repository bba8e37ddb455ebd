package org.worktime.server.imports;

import java.io.IOException;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.worktime.server.security.Allowed;
import org.worktime.server.security.CurrentUser;
import org.worktime.server.security.Role;
import org.worktime.server.security.WorktimeUser;
import org.worktime.io.read.ImportProfile;
import org.worktime.server.web.ApiException;
import org.worktime.server.web.FieldProblem;

/**
 * {@code POST .../imports} (multipart, part {@code file}; optional {@code profile}, a built-in import profile's name,
 * or part {@code profileFile}, a profile's YAML): 201 with the counts; 200 with the same answer for a retry;
 * 422 with every rejected row, and nothing imported.
 */
@RestController
@RequestMapping("/api/v1/workplaces/{workplace}/imports")
class ImportController {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ImportController.class);

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = "multipart/form-data")
    @Allowed(group = "imports", value = Role.HR_ADMIN)
    ResponseEntity<ImportService.Result> upload(@PathVariable String workplace, @RequestPart("file") MultipartFile file,
            @RequestParam(name = "profile", required = false) String profile,
            @RequestPart(name = "profileFile", required = false) MultipartFile profileFile,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) throws IOException {
        WorktimeUser user = CurrentUser.get();
        String name = baseName(file, "shifts.csv");
        String chosen = profile == null || profile.isBlank() ? null : profile.strip();
        if (chosen != null && profileFile != null) {
            throw ApiException.invalid("the import is not valid", List.of(FieldProblem.field("profile",
                    "give a built-in profile's name or a profile file (profileFile), not both")));
        }
        ImportProfile read = null;
        if (profileFile != null) {
            chosen = baseName(profileFile, "profile.yaml");
            read = ImportPreview.uploaded(chosen, profileFile.getBytes());
        } else if (chosen != null) {
            read = ImportPreview.profile(chosen);
        }
        ImportService.Result result;
        try {
            result = read == null
                    ? imports.importShifts(user.tenantId(), user.getUsername(), workplace, name, file.getBytes(), key)
                    : imports.importProfiled(user.tenantId(), user.getUsername(), workplace, name, file.getBytes(), read, chosen, key);
        } catch (DuplicateKeyException e) {
            // The same import committed meanwhile (a retry racing the first attempt): answer with it.
            String k = key != null && !key.isBlank() ? key.strip()
                    : "sha256:" + ImportService.sha256(file.getBytes()) + (read == null ? "" : ":" + chosen);
            LOG.warn("import {} of {}: {}", k, workplace, e.getMostSpecificCause().toString());
            result = imports.find(user.tenantId(), workplace, k).orElseThrow(() -> ApiException.conflict("the import is being retried"));
        }
        return ResponseEntity.status(result.replayed() ? 200 : 201).body(result);
    }

    /** The part's file name without any folder a browser put in it. */
    private static String baseName(MultipartFile part, String otherwise) {
        String name = part.getOriginalFilename() == null || part.getOriginalFilename().isBlank() ? otherwise : part.getOriginalFilename();
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }
}
