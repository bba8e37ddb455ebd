package org.worktime.server.imports;

import java.io.IOException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.worktime.server.security.Allowed;
import org.worktime.server.security.CurrentUser;
import org.worktime.server.security.Role;
import org.worktime.server.security.WorktimeUser;
import org.worktime.server.web.ApiException;

/**
 * {@code POST .../imports} (multipart, part {@code file}): 201 with the counts; 200 with the same answer for a retry;
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
            @RequestHeader(name = "Idempotency-Key", required = false) String key) throws IOException {
        WorktimeUser user = CurrentUser.get();
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "shifts.csv" : file.getOriginalFilename();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        ImportService.Result result;
        try {
            result = imports.importShifts(user.tenantId(), user.getUsername(), workplace, name, file.getBytes(), key);
        } catch (DuplicateKeyException e) {
            // The same import committed meanwhile (a retry racing the first attempt): answer with it.
            String k = key == null || key.isBlank() ? "sha256:" + ImportService.sha256(file.getBytes()) : key.strip();
            LOG.warn("import {} of {}: {}", k, workplace, e.getMostSpecificCause().toString());
            result = imports.find(user.tenantId(), workplace, k).orElseThrow(() -> ApiException.conflict("the import is being retried"));
        }
        return ResponseEntity.status(result.replayed() ? 200 : 201).body(result);
    }
}
