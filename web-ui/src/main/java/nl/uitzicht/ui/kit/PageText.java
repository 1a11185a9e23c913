package nl.uitzicht.ui.kit;

import com.vaadin.flow.component.html.Paragraph;

/** The text every page repeats: the muted explanation under its title, a hint, or an empty state. */
public final class PageText {

    private PageText() {}

    /** A muted explanation: a page's introduction, a hint, or what an empty list means. */
    public static Paragraph muted(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("muted");
        return p;
    }
}
