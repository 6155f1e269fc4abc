package phaze.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The operator API accepts a console session or HTTP Basic, both checked by the Elytron domain
 * through the servlet container. Without either it answers 401 JSON rather than the console's
 * login page, which is what API clients expect.
 */
@WebFilter("/api/v1/*")
public class OperatorApiGuard extends HttpFilter {
    static final String ROLE = "admin";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            String header = request.getHeader("Authorization");
            if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
                refuse(response, 401, "unauthenticated", "log in with HTTP Basic (user admin) or a console session");
                return;
            }
            if (!login(request, header.substring(6).trim())) {
                refuse(response, 401, "unauthenticated", "user name or password is wrong");
                return;
            }
        }
        if (!request.isUserInRole(ROLE)) {
            refuse(response, 403, "forbidden", "user " + request.getUserPrincipal().getName() + " is not an operator");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean login(HttpServletRequest request, String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            if (colon < 0) {
                return false;
            }
            request.login(pair.substring(0, colon), pair.substring(colon + 1));
            return true;
        } catch (IllegalArgumentException | ServletException e) {
            return false;
        }
    }

    private static void refuse(HttpServletResponse response, int status, String error, String message) throws IOException {
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Phaze\", charset=\"UTF-8\"");
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"error\":\"" + error + "\",\"message\":\"" + message.replace("\"", "'") + "\"}");
    }
}
