package org.worktime.server.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Problem details written by the security filters, which run before Spring MVC's exception handling. */
@Component
public class ProblemWriter {

    private final JsonMapper json;

    ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        write(response, status, title, detail, Map.of());
    }

    public void write(HttpServletResponse response, int status, String title, String detail, Map<String, Object> more) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.putAll(more);
        response.setStatus(status);
        // As Spring MVC's problem details: the media type without a charset (JSON is UTF-8 by definition, RFC 8259).
        response.setContentType("application/problem+json");
        response.getOutputStream().write(json.writeValueAsBytes(body));
    }
}
