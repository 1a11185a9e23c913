package nl.uitzicht.ui.request;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import nl.uitzicht.request.DueState;
import nl.uitzicht.request.RequestSummary;

/** The request grids' common columns: rows are templates, not components (ADR 0075). */
final class Grids {

    static final int PAGE_SIZE = 50;

    private Grids() {}

    static Grid<RequestSummary> requests(Component owner, String id, boolean withSchool) {
        Grid<RequestSummary> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(RequestSummary::pupilName)
                .setHeader(owner.getTranslation("request.field.pupil"))
                .setAutoWidth(true);
        if (withSchool) {
            grid.addColumn(RequestSummary::schoolName)
                    .setHeader(owner.getTranslation("request.field.school"))
                    .setAutoWidth(true);
        }
        grid.addColumn(r -> owner.getTranslation("request.type." + r.type()))
                .setHeader(owner.getTranslation("request.field.type"))
                .setAutoWidth(true);
        grid.addColumn(LitRenderer.<RequestSummary>of("<span theme=\"${item.theme}\">${item.status}</span>")
                        .withProperty("theme", r -> r.outcome() == null ? "badge" : "badge success")
                        .withProperty(
                                "status",
                                r -> r.outcome() == null
                                        ? owner.getTranslation("request.status." + r.status())
                                        : owner.getTranslation("request.outcome." + r.outcome())))
                .setHeader(owner.getTranslation("request.field.status"))
                .setAutoWidth(true);
        grid.addColumn(r -> RequestFacts.date(r.submittedOn()))
                .setHeader(owner.getTranslation("request.field.submittedOn"));
        grid.addColumn(LitRenderer.<RequestSummary>of("<span theme=\"${item.theme}\">${item.due}</span>")
                        .withProperty("theme", r -> theme(r.due()))
                        .withProperty("due", r -> dueText(owner, r)))
                .setHeader(owner.getTranslation("request.field.dueOn"))
                .setAutoWidth(true);
        grid.setPageSize(PAGE_SIZE);
        return grid;
    }

    /**
     * The requests on one OPP (the OPP page): type, status, due date, outcome, and a link to the request's page. The
     * pupil is the page's, so no pupil or school column.
     */
    static Grid<RequestSummary> planRequests(Component owner, String id) {
        Grid<RequestSummary> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(r -> owner.getTranslation("request.type." + r.type()))
                .setHeader(owner.getTranslation("request.field.type"))
                .setAutoWidth(true);
        grid.addColumn(r -> owner.getTranslation("request.status." + r.status()))
                .setHeader(owner.getTranslation("request.field.status"))
                .setAutoWidth(true);
        grid.addColumn(LitRenderer.<RequestSummary>of("<span theme=\"${item.theme}\">${item.due}</span>")
                        .withProperty("theme", r -> theme(r.due()))
                        .withProperty("due", r -> dueText(owner, r)))
                .setHeader(owner.getTranslation("request.field.dueOn"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.outcome() == null ? "" : owner.getTranslation("request.outcome." + r.outcome()))
                .setHeader(owner.getTranslation("request.field.outcome"))
                .setAutoWidth(true);
        grid.addColumn(LitRenderer.<RequestSummary>of("<a href=\"${item.href}\">${item.open}</a>")
                        .withProperty("href", r -> "aanvragen/" + r.id())
                        .withProperty("open", r -> owner.getTranslation("request.opp.open")))
                .setHeader(owner.getTranslation("request.opp.page"));
        return grid;
    }

    private static String dueText(Component owner, RequestSummary r) {
        return RequestFacts.date(r.dueOn())
                + (r.due() == DueState.NONE ? "" : " · " + owner.getTranslation("request.due." + r.due()));
    }

    private static String theme(DueState due) {
        return switch (due) {
            case OVERDUE -> "badge error";
            case DUE_SOON -> "badge contrast";
            case IN_TIME -> "badge";
            case NONE -> "";
        };
    }
}
