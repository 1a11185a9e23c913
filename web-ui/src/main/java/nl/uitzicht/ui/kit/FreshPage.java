package nl.uitzicht.ui.kit;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

/**
 * A page that draws what it shows at every navigation to it, not in its constructor (ADR 0100). Vaadin shows the
 * instance that is already on screen again when a person navigates to the same route (the menu entry of the page they
 * are on, another plan from a plan, another person signing in in the same tab), and runs no constructor then. So a
 * page keeps only its services from the constructor, and reads the caller, its URL and its data in {@link #draw}, which
 * runs on an emptied page each time it is entered. What it keeps in fields between two entries are ids, versions and
 * components, never entities.
 */
public abstract class FreshPage extends VerticalLayout implements BeforeEnterObserver {

    /** Empties the page and draws it anew: also when Vaadin shows this instance again. */
    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        draw(event);
    }

    /**
     * Draws the page for the person and address of this navigation; may reroute (for instance to "not found"). A
     * page with a URL parameter has been given it in {@code setParameter} just before.
     */
    protected abstract void draw(BeforeEnterEvent event);
}
