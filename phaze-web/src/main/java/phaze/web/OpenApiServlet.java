package phaze.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;

/** {@code GET /openapi}: the operator API's OpenAPI description (docs/openapi.yaml, packaged by the build). */
@WebServlet("/openapi")
public class OpenApiServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (InputStream yaml = getServletContext().getResourceAsStream("/WEB-INF/openapi.yaml")) {
            if (yaml == null) {
                response.sendError(404, "openapi.yaml is not packaged in this build");
                return;
            }
            response.setContentType("application/yaml");
            response.setCharacterEncoding("UTF-8");
            yaml.transferTo(response.getOutputStream());
        }
    }
}
