package nl.uitzicht.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The actuator's own port, when it has one ({@code MANAGEMENT_SERVER_PORT}, set by the Helm chart: ADR 0042):
 * learnt when that server starts, so a random test port works too. Metrics are served only on it, never
 * on the port the Ingress (or the compose stack) exposes.
 */
@Component
class ManagementPort {

    static final String NAMESPACE = "management";

    private volatile int port = -1;

    @EventListener
    void on(WebServerInitializedEvent started) {
        if (NAMESPACE.equals(started.getApplicationContext().getServerNamespace())) {
            port = started.getWebServer().getPort();
        }
    }

    /** Whether the request came in on the separate management port (false when there is none). */
    boolean receives(HttpServletRequest request) {
        return port > 0 && request.getLocalPort() == port;
    }
}
