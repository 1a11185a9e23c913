package nl.uitzicht.reminder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The addresses in reminder mails: {@code uitzicht.public-url} (a scheduled job has no request to take the
 * address from), or {@code http://localhost:<port>} for the local demo.
 */
@Component
class ReminderLinks {

    private final String base;

    ReminderLinks(@Value("${uitzicht.public-url:}") String publicUrl, @Value("${server.port:8080}") int port) {
        String url = publicUrl.isBlank() ? "http://localhost:" + port : publicUrl.trim();
        this.base = url.replaceAll("/+$", "");
    }

    String worklist() {
        return base + "/opp";
    }

    String settings() {
        return base + "/" + ReminderRoutes.SETTINGS;
    }

    String parentPortal() {
        return base + "/ouder";
    }
}
