package nl.uitzicht.ui.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.uitzicht.requestwork.ExtensionDue;
import nl.uitzicht.requestwork.OverdueRequest;

/**
 * What the requests to the region add to the start page (issue 16, ADR 0095): on a school's worklist the decisions
 * that end within 8 weeks ("verlenging aanvragen"), and for case managers the requests past their decision term.
 * Each row links to the request.
 */
final class RequestWork {

    /** The school's view of a request, and the region's (see {@code ui.request}). */
    static final String REQUEST_ROUTE = "aanvragen/";

    static final String REGION_REQUEST_ROUTE = "regio/aanvragen/";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private RequestWork() {}

    /** One worklist row per decision that ends soon. */
    static void addExtensions(Div card, List<ExtensionDue> due) {
        if (!due.isEmpty()) {
            Paragraph intro = new Paragraph(card.getTranslation("requestwork.extensionsIntro", due.size()));
            intro.setId("worklist-extensions");
            intro.addClassName("muted");
            card.add(intro);
        }
        for (ExtensionDue item : due) {
            Div row = new Div();
            row.addClassName("opp-item");
            Anchor link = new Anchor(REQUEST_ROUTE + item.requestId(), item.pupilName());
            link.setId("extension-" + item.requestId());
            Span why = new Span(card.getTranslation(
                            "requestwork.extension", card.getTranslation("requestdash.type." + item.type()))
                    + " \u00b7 " + card.getTranslation("requestwork.endsOn") + " " + DATE.format(item.endsOn()));
            why.addClassName("muted");
            row.add(new Div(link), new Div(why));
            card.add(row);
        }
    }

    /** The case manager's card: the requests past their term, the longest overdue first. */
    static Component overdueCard(Div card, List<OverdueRequest> overdue, int total) {
        for (OverdueRequest item : overdue) {
            Div row = new Div();
            row.addClassName("opp-item");
            Anchor link = new Anchor(
                    REGION_REQUEST_ROUTE + item.requestId(), item.pupilName() + " (" + item.schoolName() + ")");
            link.setId("overdue-" + item.requestId());
            Span why = new Span(card.getTranslation("requestdash.type." + item.type()) + " \u00b7 "
                    + card.getTranslation("requestwork.overdueSince", DATE.format(item.dueOn()), item.daysOverdue()));
            why.addClassName("muted");
            row.add(new Div(link), new Div(why));
            card.add(row);
        }
        if (total > overdue.size()) {
            Span more = new Span(card.getTranslation("requestwork.overdueMore", total - overdue.size()));
            more.addClassName("muted");
            card.add(new Div(more));
        }
        return card;
    }
}
