package nl.uitzicht.ui.error;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import nl.uitzicht.ui.MainLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any other failure while opening a page (500): the exception goes to the log, the person sees one Dutch
 * sentence, never a stack trace (Vaadin's own view shows one in development mode).
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
        log.error("Could not show a page", parameter.getCaughtException());
        return show("error.server.title", "error.server", HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    }
}
