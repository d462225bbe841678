package eu.cinema.mapping.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.View;

/**
 * A ready-made response body as a view, so that one handler can answer either a Thymeleaf page or
 * a JSON document, as the OGC API's {@code f} parameter decides.
 */
record BodyView(String contentType, String body, Map<String, String> headers) implements View {

    BodyView(String contentType, String body) {
        this(contentType, body, Map.of());
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType(contentType);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        headers.forEach(response::setHeader);
        response.getWriter().write(body);
    }
}
