package nl.uitzicht.ui.dashboard;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
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
import nl.uitzicht.ui.kit.PageText;

/**
 * The region dashboard ("OPP als spiegel voor de basisondersteuning"): aggregates only, every chart
 * with a table of the same numbers and a CSV export; groups under 5 pupils show as "&lt; 5".
 */
@Route(value = "dashboard", layout = MainLayout.class)
@Menu(title = "dashboard.nav", order = 50, icon = "vaadin:chart-grid")
@RolesAllowed({Role.POLICY_NAME, Role.REGION_ADMIN_NAME})
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private final RegionDashboard dashboards;
    private final DashboardTables tables = new DashboardTables(this::getTranslation);
    private final Div content = new Div();
    private final DashboardFilterBar filters;
    private final Clock clock;

    DashboardView(RegionDashboard dashboards, SchoolDirectory schools, Clock clock) {
        this.clock = clock;
        this.dashboards = dashboards;
        this.filters = new DashboardFilterBar(schools, tables, clock, this::load);
        addClassName("page");
        add(new H1(getTranslation("dashboard.title")));
        Paragraph intro = PageText.muted(getTranslation("dashboard.intro"));
        add(intro, filters, content);
        content.setWidthFull();
        content.addClassName("dashboard-content");
        load();
    }

    private void load() {
        content.removeAll();
        DashboardFilter filter = filters.filter();
        Dashboard d = dashboards.load(filter, LocalDate.now(clock));
        DashboardTables.Report report = tables.report(d);
        content.add(
                pdf(d, report),
                kpis(d),
                new MirrorSection(d, report.mirror(), tables, dashboards),
                rates(d, report),
                trend(d, report.trend()),
                quality(d, report),
                reach(d, report));
        // The browser answers once the charts are drawn: Vaadin keeps its last answer (this whole dashboard,
        // as a string) until the browser's next message, and this one replaces it by a short one (issue 13).
        getElement().executeJs("setTimeout(() => this.$server.rendered())");
    }

    /** The browser's acknowledgement after the charts are drawn; the message itself is what counts. */
    @ClientCallable
    void rendered() {
        // nothing to do
    }

    /** The whole dashboard as a PDF: the tables are made now (in the reader's language), the file on download. */
    private Div pdf(Dashboard d, DashboardTables.Report report) {
        String title = getTranslation("dashboard.title");
        List<String> intro = List.of(
                filters.describe(d.filter()),
                getTranslation("dashboard.intro"),
                getTranslation(
                        "dashboard.pdf.made", LocalDate.now(clock).format(DateTimeFormatter.ofPattern("d-M-yyyy"))));
        List<DashboardTables.Kpi> kpis = tables.kpis(d);
        List<String> notes = new ArrayList<>();
        notes.add(getTranslation("dashboard.mirror.standard." + d.mirror().standardSource()));
        notes.add(getTranslation("dashboard.mirror.legend"));
        notes.add(tables.overallScore(d));
        notes.add(tables.reachSummary(d));
        List<ReportTable> all = report.all();
        String footer = getTranslation("dashboard.pdf.footer");
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(e -> {
                    byte[] bytes = DashboardPdf.render(title, intro, kpis, notes, all, footer);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), DashboardPdf.fileName(d), "application/pdf", bytes.length);
                }),
                "");
        link.getElement().setAttribute("download", true);
        link.setId("dashboard-pdf");
        Button button = new Button(getTranslation("dashboard.pdf"), VaadinIcon.FILE_TEXT_O.create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setTabIndex(-1);
        link.add(button);
        Div bar = new Div(link);
        bar.addClassName("dashboard-actions");
        return bar;
    }

    private Div kpis(Dashboard d) {
        Div row = new Div();
        row.addClassName("dashboard-kpis");
        tables.kpis(d).forEach(k -> row.add(kpi(k)));
        return row;
    }

    private Div kpi(DashboardTables.Kpi kpi) {
        Div k = new Div();
        k.setId(kpi.id());
        k.addClassNames("card", "dashboard-kpi");
        Span v = new Span();
        v.getElement().setProperty("innerHTML", Latin1Html.escape(kpi.value()));
        v.addClassName("dashboard-kpi-value");
        k.add(v, new Span(kpi.label()));
        return k;
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
        ReportTable perSchool = report.rates();
        ReportTable perType = report.types();
        card.add(
                perSchool.toHtml(),
                Csv.download("rates-csv", getTranslation("dashboard.csv"), perSchool),
                perType.toHtml(),
                Csv.download("types-csv", getTranslation("dashboard.csv"), perType));
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
        card.add(table.toHtml(), Csv.download("trend-csv", getTranslation("dashboard.csv"), table));
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
        ReportTable compliance = report.compliance();
        card.add(compliance.toHtml(), Csv.download("compliance-csv", getTranslation("dashboard.csv"), compliance));
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
        ReportTable items = report.items();
        card.add(items.toHtml(), Csv.download("items-csv", getTranslation("dashboard.csv"), items));
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
        ReportTable status = report.reachStatus();
        ReportTable perMonth = report.reachMonths();
        card.add(
                status.toHtml(),
                Csv.download("reach-status-csv", getTranslation("dashboard.csv"), status),
                perMonth.toHtml(),
                Csv.download("reach-months-csv", getTranslation("dashboard.csv"), perMonth));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("dashboard.title"));
    }
}
