package nl.uitzicht.ui.error;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import nl.uitzicht.failure.FailureKind;
import nl.uitzicht.failure.Failures;
import nl.uitzicht.ui.MainLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any other failure while opening a page, classified in the one place ({@link Failures}, docs/adr/0071): an
 * outage shows "Uitzicht is even niet bereikbaar" (503) with a way to try again, a refusal that reached here
 * its own page (404, 403), anything else 500. Each with an error id that is in the log line; never a stack
 * trace (Vaadin's own view shows one in development mode) and never "not found" for an outage.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ServerErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    public ServerErrorView() {
        super("error-server");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        reset();
        Exception failure = parameter.getCaughtException();
        FailureKind kind = Failures.classify(failure);
        String errorId = Failures.newErrorId();
        String path = event.getLocation().getPathWithQueryParameters();
        return switch (kind) {
            case UNAVAILABLE -> {
                log.warn("Could not show page {}: database or Redis unavailable, error id {}", path, errorId, failure);
                setId("error-unavailable");
                offerRetry("/" + path);
                yield show(
                        "error.unavailable.title",
                        "error.unavailable",
                        HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                        errorId);
            }
            case NOT_FOUND -> {
                log.info("Page {} refused as not found, error id {} ({})", path, errorId, failure.toString());
                yield show("error.notFound.title", "error.notFound", HttpServletResponse.SC_NOT_FOUND);
            }
            case ACCESS_DENIED -> {
                log.info("Page {} refused, error id {} ({})", path, errorId, failure.toString());
                yield show("error.accessDenied.title", "error.accessDenied", HttpServletResponse.SC_FORBIDDEN);
            }
            default -> {
                log.error("Could not show page {}, error id {}", path, errorId, failure);
                yield show(
                        "error.server.title", "error.server.id", HttpServletResponse.SC_INTERNAL_SERVER_ERROR, errorId);
            }
        };
    }
}
