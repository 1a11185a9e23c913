package nl.uitzicht.ui.board;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.board.BoardDocument;
import nl.uitzicht.board.BoardReport;
import nl.uitzicht.board.BoardReports;
import nl.uitzicht.dashboard.SchoolYear;
import nl.uitzicht.identity.Role;
import nl.uitzicht.security.CurrentUser;
import nl.uitzicht.security.SignedInUser;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.DataTable;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.Latin1Html;
import nl.uitzicht.ui.kit.PageText;

/**
 * The board report (ADR 0099): the region's course school year over school year, each section with its chart (SVG
 * drawn on the server) and a table of all its figures, and the same report as a PDF for the region's board. Figures
 * come from {@link BoardReports}, suppressed there; the view keeps only who opened it and the day.
 */
@Route(value = "bestuursrapportage", layout = MainLayout.class)
@Menu(title = "board.nav", order = 51, icon = "vaadin:presentation")
@RolesAllowed({Role.POLICY_NAME, Role.REGION_ADMIN_NAME})
class BoardReportView extends FreshPage implements HasDynamicTitle {

    private final BoardReports reports;
    private Actor actor;
    private LocalDate today;
    /** The school years shown (their columns): a handful of numbers. */
    private List<SchoolYear> shownYears;

    private final CurrentUser currentUser;
    private final Clock clock;

    BoardReportView(BoardReports reports, CurrentUser currentUser, Clock clock) {
        this.reports = reports;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        SignedInUser user = currentUser.require();
        this.actor = new Actor(user.accountId(), user.displayName());
        this.today = LocalDate.now(clock);
        addClassName("page");
        add(new H1(getTranslation("board.title")), PageText.muted(getTranslation("board.intro")), pdf());
        BoardReport report = reports.report(actor, today);
        this.shownYears = report.years();
        Div content = new Div();
        content.setId("board-content");
        content.setWidthFull();
        for (BoardReport.Section section : report.sections()) {
            content.add(section(report.years(), section));
        }
        add(content);
    }

    private Anchor pdf() {
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(e -> {
                    BoardDocument document = reports.pdf(actor, today);
                    return new DownloadResponse(
                            new ByteArrayInputStream(document.pdf()),
                            document.fileName(),
                            "application/pdf",
                            document.pdf().length);
                }),
                "");
        link.getElement().setAttribute("download", true);
        link.setId("board-pdf");
        link.getElement()
                .setProperty(
                        "innerHTML",
                        "<vaadin-icon icon=\"vaadin:file-text-o\" aria-hidden=\"true\"></vaadin-icon>"
                                + Latin1Html.escape(getTranslation("board.pdf")));
        link.addClassName("dashboard-download");
        return link;
    }

    /**
     * A section: its heading and intro as the markup of one element, its chart (SVG) and its table sent once and not
     * kept in the session (ADR 0090).
     */
    private Div section(List<SchoolYear> years, BoardReport.Section section) {
        String key = "board." + section.key();
        Div card = new Div();
        card.setId("board-" + section.key());
        card.addClassNames("card", "dashboard-section");
        Div heading = new Div();
        heading.getElement()
                .setProperty(
                        "innerHTML",
                        "<h2>" + Latin1Html.escape(getTranslation(key + ".title")) + "</h2><p class=\"muted\">"
                                + Latin1Html.escape(getTranslation(key + ".intro")) + "</p>");
        card.add(heading);
        section.chart().ifPresent(row -> {
            Div box = new Div();
            box.setId("board-" + section.key() + "-chart");
            box.addClassName("board-chart-box");
            box.getElement().executeJs("this.innerHTML = $0", chart(years, section, row));
            card.add(box);
        });
        card.add(new DataTable(
                "board-" + section.key() + "-table",
                getTranslation(key + ".title"),
                header(years, section),
                rows(section)));
        return card;
    }

    private String chart(List<SchoolYear> years, BoardReport.Section section, BoardReport.Row row) {
        Double benchmark = section.chartBenchmark();
        return YearChart.svg(
                years.stream().map(SchoolYear::label).toList(),
                row.values().stream().map(BoardReport.Figure::shown).toList(),
                row.values().stream().map(this::text).toList(),
                section.chartMax(),
                benchmark,
                benchmark == null
                        ? null
                        : getTranslation("board.benchmark", text(BoardReport.Figure.percent(benchmark))),
                getTranslation("board.chartLabel", label(section, row)));
    }

    private List<String> header(List<SchoolYear> years, BoardReport.Section section) {
        List<String> header = new ArrayList<>();
        header.add(getTranslation("board.figure"));
        if (section.rows().stream().anyMatch(r -> !r.values().isEmpty())) {
            years.forEach(y -> header.add(y.label()));
        }
        if (section.rows().stream().anyMatch(r -> r.benchmark() != null)) {
            header.add(getTranslation("board.inspectie"));
        }
        return header;
    }

    private List<List<String>> rows(BoardReport.Section section) {
        boolean benchmark = section.rows().stream().anyMatch(r -> r.benchmark() != null);
        return section.rows().stream()
                .map(r -> {
                    List<String> cells = new ArrayList<>();
                    cells.add(label(section, r));
                    r.values().forEach(f -> cells.add(text(f)));
                    if (benchmark) {
                        cells.add(r.benchmark() == null ? "" : text(BoardReport.Figure.percent(r.benchmark())));
                    }
                    return cells;
                })
                .toList();
    }

    private String label(BoardReport.Section section, BoardReport.Row row) {
        return row.name() != null ? row.name() : getTranslation("board." + section.key() + "." + row.key());
    }

    private String text(BoardReport.Figure figure) {
        Locale locale = getLocale() == null ? Locale.of("nl", "NL") : getLocale();
        return figure.text(locale, getTranslation(BoardReport.TOO_FEW_KEY));
    }

    List<SchoolYear> shownYears() {
        return shownYears;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("board.title"));
    }
}
