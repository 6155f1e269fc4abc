package phaze.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import phaze.health.Health;

import java.io.IOException;

/** {@code GET /health}: {"status":"ok"} only while the database answers; 503 otherwise. */
@WebServlet("/health")
public class HealthServlet extends HttpServlet {

    @EJB
    Health health;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean ok = health.databaseAnswers();
        response.setStatus(ok ? 200 : 503);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(ok ? "{\"status\":\"ok\"}" : "{\"status\":\"unavailable\",\"message\":\"the database does not answer\"}");
    }
}
