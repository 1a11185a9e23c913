package nl.uitzicht.ui.dashboard;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.uitzicht.dashboard.Dashboard;
import nl.uitzicht.dashboard.DashboardFilter;
import nl.uitzicht.dashboard.RegionDashboard;
import nl.uitzicht.identity.Role;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.Latin1Html;
import nl.uitzicht.ui.kit.PageText;
import org.springframework.beans.factory.annotation.Value;

/**
 * The region dashboard ("OPP als spiegel voor de basisondersteuning"): aggregates only, every chart
 * with a table of the same numbers and a CSV export; groups under 5 pupils show as "&lt; 5".
 */
@Route(value = "dashboard", layout = MainLayout.class)
@Menu(title = "dashboard.nav", order = 50, icon = "vaadin:chart-grid")
@RolesAllowed({Role.POLICY_NAME, Role.REGION_ADMIN_NAME})
class DashboardView extends FreshPage implements HasDynamicTitle {

    private final RegionDashboard dashboards;
    private DashboardTables tables;
    private Div content;
    private DashboardFilterBar filters;
    private final Clock clock;
    /** The filter and day of the figures shown: downloads and the drill-down read them again (issue 13). */
    private DashboardFilter shownFilter;

    private LocalDate shownOn;

    private final SchoolDirectory schools;

    /** How old a dashboard shown again may be (ADR 0106): the page says so when it is not 0. */
    private final Duration freshness;

    DashboardView(
            RegionDashboard dashboards,
            SchoolDirectory schools,
            Clock clock,
            @Value("${uitzicht.dashboard.freshness:0s}") Duration freshness) {
        this.clock = clock;
        this.freshness = freshness;
        this.dashboards = dashboards;
        this.schools = schools;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        tables = new DashboardTables(this::getTranslation);
        content = new Div();
        this.filters = new DashboardFilterBar(schools, tables, clock, this::load);
        addClassName("page");
        add(new H1(getTranslation("dashboard.title")));
        Paragraph intro = PageText.muted(getTranslation("dashboard.intro"));
        add(intro);
        if (!freshness.isZero()) {
            Paragraph fresh = PageText.muted(getTranslation("dashboard.freshness", freshness.toSeconds()));
            fresh.setId("dashboard-freshness");
            add(fresh);
        }
        add(filters, content);
        content.setWidthFull();
        content.addClassName("dashboard-content");
        load();
    }

    private void load() {
        content.removeAll();
        shownFilter = filters.filter();
        shownOn = LocalDate.now(clock);
        Dashboard d = shown();
        DashboardTables.Report report = tables.report(d);
        content.add(
                pdf(d),
                kpis(d),
                new MirrorSection(d, report.mirror(), tables, dashboards, this::shown, this::shownReport),
                rates(d, report),
                trend(d, report.trend()),
                quality(d, report),
                reach(d, report));
        // The browser answers once the charts are drawn: Vaadin keeps its last answer (this whole dashboard,
        // as a string) until the browser's next message, and this one replaces it by a short one (issue 13).
        getElement().executeJs("setTimeout(() => this.$server.rendered())");
    }

    /**
     * The dashboard shown, read again: from this node's near cache (or Redis) as a rule, so the view keeps no
     * copy of it; after a change in the region's data it has that day's figures for the same filter.
     */
    Dashboard shown() {
        return dashboards.load(shownFilter, shownOn);
    }

    DashboardTables.Report shownReport() {
        return tables.report(shown());
    }

    /** The browser's acknowledgement after the charts are drawn; the message itself is what counts. */
    @ClientCallable
    void rendered() {
        // nothing to do
    }

    /** The whole dashboard as a PDF: the filter described now, the tables and the file on download. */
    private Div pdf(Dashboard d) {
        String title = getTranslation("dashboard.title");
        List<String> intro = List.of(
                filters.describe(d.filter()),
                getTranslation("dashboard.intro"),
                getTranslation(
                        "dashboard.pdf.made", LocalDate.now(clock).format(DateTimeFormatter.ofPattern("d-M-yyyy"))));
        String footer = getTranslation("dashboard.pdf.footer");
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(e -> {
                    Dashboard shown = shown();
                    List<String> notes = new ArrayList<>();
                    notes.add(getTranslation(
                            "dashboard.mirror.standard." + shown.mirror().standardSource()));
                    notes.add(getTranslation("dashboard.mirror.legend"));
                    notes.add(tables.overallScore(shown));
                    notes.add(tables.reachSummary(shown));
                    byte[] bytes = DashboardPdf.render(
                            title,
                            intro,
                            tables.kpis(shown),
                            notes,
                            tables.report(shown).all(),
                            footer);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            DashboardPdf.fileName(shown),
                            "application/pdf",
                            bytes.length);
                }),
                "");
        link.getElement().setAttribute("download", true);
        link.setId("dashboard-pdf");
        link.getElement()
                .setProperty(
                        "innerHTML",
                        "<vaadin-icon icon=\"vaadin:file-text-o\" aria-hidden=\"true\"></vaadin-icon>"
                                + Latin1Html.escape(getTranslation("dashboard.pdf")));
        link.addClassName("dashboard-download");
        Div bar = new Div(link);
        bar.addClassName("dashboard-actions");
        return bar;
    }

    private Div kpis(Dashboard d) {
        return KpiCards.row(tables.kpis(d));
    }

    private Div rates(Dashboard d, DashboardTables.Report report) {
        Div card = new DashboardSection("dashboard-rates", "dashboard.rates.title", "dashboard.rates.intro");
        List<String> names =
                d.schools().stream().map(Dashboard.SchoolRate::name).toList();
        List<Double> values =
                d.schools().stream().map(Dashboard.SchoolRate::per100).toList();
        String option = "{\"tooltip\":{},\"grid\":{\"left\":50,\"right\":20,\"top\":20,\"bottom\":90},"
                + "\"xAxis\":{\"type\":\"category\",\"data\":" + Json.strings(names)
                + ",\"axisLabel\":{\"rotate\":30}},"
                + "\"yAxis\":{\"type\":\"value\",\"name\":" + Json.str(getTranslation("dashboard.per100")) + "},"
                + (names.size() > 30 ? "\"dataZoom\":[{\"type\":\"slider\",\"bottom\":0,\"endValue\":29}]," : "")
                + "\"series\":[{\"type\":\"bar\",\"data\":" + Json.numbers(values)
                + ",\"itemStyle\":{\"color\":\"#1f6f8b\"}}]}";
        card.add(new EChart("rates-chart", option, "300px"));
        card.add(
                report.rates().toHtml(),
                Csv.download(
                        "rates-csv",
                        getTranslation("dashboard.csv"),
                        () -> shownReport().rates()),
                report.types().toHtml(),
                Csv.download(
                        "types-csv",
                        getTranslation("dashboard.csv"),
                        () -> shownReport().types()));
        return card;
    }

    private Div trend(Dashboard d, ReportTable table) {
        Div card = new DashboardSection("dashboard-trend", "dashboard.trend.title", "dashboard.trend.intro");
        List<String> months = d.trend().stream().map(m -> m.month().toString()).toList();
        List<Integer> values = d.trend().stream().map(m -> m.opps().shown()).toList();
        String option =
                "{\"tooltip\":{\"trigger\":\"axis\"},\"grid\":{\"left\":40,\"right\":20,\"top\":20,\"bottom\":40},"
                        + "\"xAxis\":{\"type\":\"category\",\"data\":" + Json.strings(months)
                        + "},\"yAxis\":{\"type\":\"value\"},"
                        + "\"series\":[{\"type\":\"line\",\"connectNulls\":false,\"data\":" + Json.numbers(values)
                        + "}]}";
        card.add(new EChart("trend-chart", option, "240px"));
        card.add(
                table.toHtml(),
                Csv.download(
                        "trend-csv",
                        getTranslation("dashboard.csv"),
                        () -> shownReport().trend()));
        return card;
    }

    private Div quality(Dashboard d, DashboardTables.Report report) {
        Div card = new DashboardSection("dashboard-quality", "dashboard.quality.title", "dashboard.quality.intro");
        Dashboard.Quality q = d.quality();
        List<String> checkNames = q.checks().stream().map(tables::checkName).toList();
        List<Double> shares =
                q.checks().stream().map(Dashboard.Compliance::share).toList();
        String option = "{\"tooltip\":{},\"grid\":{\"left\":220,\"right\":30,\"top\":10,\"bottom\":30},"
                + "\"xAxis\":{\"type\":\"value\",\"max\":100},\"yAxis\":{\"type\":\"category\",\"inverse\":true,\"data\":"
                + Json.strings(checkNames) + "},\"series\":[{\"type\":\"bar\",\"data\":" + Json.numbers(shares)
                + ",\"itemStyle\":{\"color\":\"#2e7d32\"},\"markLine\":{\"symbol\":\"none\",\"label\":{\"formatter\":"
                + Json.str(getTranslation("dashboard.benchmark")) + "},\"data\":[{\"xAxis\":" + (q.benchmark() * 100)
                + "}]}}]}";
        card.add(new EChart("compliance-chart", option, "260px"));
        card.add(
                report.compliance().toHtml(),
                Csv.download(
                        "compliance-csv",
                        getTranslation("dashboard.csv"),
                        () -> shownReport().compliance()));
        Paragraph overall = new Paragraph(tables.overallScore(d));
        overall.setId("quality-overall");
        card.add(overall);
        if (!q.items().isEmpty()) {
            String itemOption = "{\"tooltip\":{},\"grid\":{\"left\":40,\"right\":20,\"top\":20,\"bottom\":30},"
                    + "\"xAxis\":{\"type\":\"category\",\"data\":"
                    + Json.strings(q.items().stream()
                            .map(i -> Integer.toString(i.position()))
                            .toList()) + "},\"yAxis\":{\"type\":\"value\",\"max\":2},"
                    + "\"series\":[{\"type\":\"bar\",\"data\":"
                    + Json.numbers(
                            q.items().stream().map(Dashboard.ItemScore::mean).toList()) + "}]}";
            card.add(new EChart("items-chart", itemOption, "220px"));
        }
        card.add(
                report.items().toHtml(),
                Csv.download(
                        "items-csv",
                        getTranslation("dashboard.csv"),
                        () -> shownReport().items()));
        return card;
    }

    /** Trainers' reach: their achterban mapped and the conversations they held (counts only). */
    private Div reach(Dashboard d, DashboardTables.Report report) {
        Div card = new DashboardSection("dashboard-reach", "dashboard.reach.title", "dashboard.reach.intro");
        Paragraph summary = new Paragraph(tables.reachSummary(d));
        summary.setId("reach-summary");
        card.add(summary);
        List<String> months =
                d.reach().months().stream().map(m -> m.month().toString()).toList();
        String option = "{\"tooltip\":{\"trigger\":\"axis\"},\"legend\":{\"bottom\":0},"
                + "\"grid\":{\"left\":40,\"right\":20,\"top\":20,\"bottom\":60},"
                + "\"xAxis\":{\"type\":\"category\",\"data\":" + Json.strings(months)
                + "},\"yAxis\":{\"type\":\"value\"},"
                + "\"series\":[{\"type\":\"bar\",\"name\":" + Json.str(getTranslation("dashboard.reach.conversations"))
                + ",\"data\":"
                + Json.numbers(d.reach().months().stream()
                        .map(m -> (double) m.conversations())
                        .toList()) + "},"
                + "{\"type\":\"bar\",\"name\":" + Json.str(getTranslation("dashboard.reach.withOpps"))
                + ",\"data\":"
                + Json.numbers(d.reach().months().stream()
                        .map(m -> (double) m.withOpps())
                        .toList()) + "}]}";
        card.add(new EChart("reach-chart", option, "240px"));
        card.add(
                report.reachStatus().toHtml(),
                Csv.download(
                        "reach-status-csv",
                        getTranslation("dashboard.csv"),
                        () -> shownReport().reachStatus()),
                report.reachMonths().toHtml(),
                Csv.download(
                        "reach-months-csv",
                        getTranslation("dashboard.csv"),
                        () -> shownReport().reachMonths()));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("dashboard.title"));
    }
}
