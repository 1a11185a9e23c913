package nl.uitzicht.ui.error;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * What every error view shows: a title, one sentence and the way home; never the exception, the requested
 * path or the application's routes (which Vaadin's own error views list in development mode).
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private final H1 title = new H1();
    private final Paragraph message = new Paragraph();
    private final Anchor retry = new Anchor();
    private final String id;
    private String titleKey = "";

    ErrorPage(String id) {
        this.id = id;
        setId(id);
        addClassNames("page", "error-page");
        title.setId("error-title");
        message.setId("error-message");
        retry.setId("error-retry");
        retry.setText(getTranslation("error.retry"));
        retry.setRouterIgnore(true);
        retry.setVisible(false);
        Anchor home = new Anchor("", getTranslation("error.home"));
        home.setId("error-home");
        add(title, message, retry, home);
    }

    /** Fills in the texts; returns the HTTP status for the error view's {@code setErrorParameter}. */
    int show(String titleKey, String messageKey, int status, Object... params) {
        this.titleKey = titleKey;
        title.setText(getTranslation(titleKey));
        message.setText(getTranslation(messageKey, params));
        return status;
    }

    /**
     * Back to the page as it was built, before showing the next error: Vaadin shows the same error page again for the
     * next error of its kind in the tab (ADR 0100).
     */
    void reset() {
        setId(id);
        retry.setVisible(false);
    }

    /** Offers to open the same address again (after an outage: it may well work in a few seconds). */
    void offerRetry(String path) {
        retry.setHref(path);
        retry.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation(titleKey));
    }
}
