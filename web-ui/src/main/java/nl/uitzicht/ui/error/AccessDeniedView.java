package nl.uitzicht.ui.error;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import nl.uitzicht.ui.MainLayout;

/**
 * A signed-in person opens a page their roles do not allow (403); without the reason Vaadin's access control
 * gives (which names annotations and views). Visitors who are not signed in are sent to the login instead.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        super("error-access-denied");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return show("error.accessDenied.title", "error.accessDenied", HttpServletResponse.SC_FORBIDDEN);
    }
}
