package nl.uitzicht.ui.dashboard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
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
import java.util.Optional;
import nl.uitzicht.dashboard.Cell;
import nl.uitzicht.dashboard.Dashboard;
import nl.uitzicht.dashboard.DashboardFilter;
import nl.uitzicht.dashboard.RegionDashboard;
import nl.uitzicht.dashboard.SchoolYear;
import nl.uitzicht.identity.Role;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.tenancy.Sector;
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

    /** The heat map shows this many schools, those where basic support falls short most; the table all. */
    private static final int HEAT_MAP_SCHOOLS = 25;

    private final RegionDashboard dashboards;
    private final DashboardTables tables = new DashboardTables(this::getTranslation);
    private final Div content = new Div();
    /** How many school years back the period can go. */
    private static final int SCHOOL_YEARS = 6;

    private final Select<SchoolYear> schoolYear = new Select<>();
    private final Select<Optional<SchoolSummary>> school = new Select<>();
    private final Select<Optional<SchoolType>> type = new Select<>();
    private final Select<Optional<Sector>> sector = new Select<>();
    private final Clock clock;

    DashboardView(RegionDashboard dashboards, SchoolDirectory schools, Clock clock) {
        this.clock = clock;
        this.dashboards = dashboards;
        addClassName("page");
        add(new H1(getTranslation("dashboard.title")));
        Paragraph intro = PageText.muted(getTranslation("dashboard.intro"));
        add(intro, filters(schools), content);
        content.setWidthFull();
        content.addClassName("dashboard-content");
        load();
    }

    private Div filters(SchoolDirectory schools) {
        // Whole school years only (1 August - 31 July): periods a day apart could be subtracted into a
        // group under 5 (ADR 0051).
        LocalDate today = LocalDate.now(clock);
        schoolYear.setLabel(getTranslation("dashboard.filter.schoolYear"));
        schoolYear.setItems(SchoolYear.upTo(today, SCHOOL_YEARS));
        schoolYear.setItemLabelGenerator(y -> getTranslation("dashboard.filter.schoolYear.item", y.label()));
        schoolYear.setHelperText(getTranslation("dashboard.filter.schoolYear.help"));
        schoolYear.setValue(SchoolYear.of(today));
        schoolYear.setId("filter-school-year");
        List<Optional<SchoolSummary>> schoolItems = new ArrayList<>();
        schoolItems.add(Optional.empty());
        schools.all().forEach(s -> schoolItems.add(Optional.of(s)));
        school.setLabel(getTranslation("dashboard.filter.school"));
        school.setItems(schoolItems);
        school.setItemLabelGenerator(o -> o.map(SchoolSummary::name).orElse(getTranslation("dashboard.filter.all")));
        school.setValue(Optional.empty());
        List<Optional<SchoolType>> typeItems = new ArrayList<>();
        typeItems.add(Optional.empty());
        for (SchoolType t : SchoolType.values()) {
            typeItems.add(Optional.of(t));
        }
        type.setLabel(getTranslation("dashboard.filter.type"));
        type.setItems(typeItems);
        type.setItemLabelGenerator(o -> o.map(tables::typeName).orElse(getTranslation("dashboard.filter.all")));
        type.setValue(Optional.empty());
        List<Optional<Sector>> sectorItems = new ArrayList<>();
        sectorItems.add(Optional.empty());
        for (Sector s : Sector.values()) {
            sectorItems.add(Optional.of(s));
        }
        sector.setLabel(getTranslation("dashboard.filter.sector"));
        sector.setItems(sectorItems);
        sector.setItemLabelGenerator(o -> o.map(s -> getTranslation("dashboard.sector." + s.name()))
                .orElse(getTranslation("dashboard.filter.all")));
        sector.setValue(Optional.empty());
        Button apply = new Button(getTranslation("dashboard.filter.apply"), e -> load());
        apply.setId("filter-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div bar = new Div(schoolYear, school, type, sector, apply);
        bar.addClassNames("card", "dashboard-filters");
        return bar;
    }

    private void load() {
        content.removeAll();
        if (schoolYear.getValue() == null) {
            schoolYear.setValue(SchoolYear.of(LocalDate.now(clock)));
        }
        DashboardFilter filter = new DashboardFilter(
                schoolYear.getValue(),
                school.getValue().map(SchoolSummary::id).orElse(null),
                type.getValue().orElse(null),
                sector.getValue().orElse(null));
        Dashboard d = dashboards.load(filter, LocalDate.now(clock));
        DashboardTables.Report report = tables.report(d);
        content.add(
                pdf(d, report),
                kpis(d),
                mirror(d, report.mirror()),
                rates(d, report),
                trend(d, report.trend()),
                quality(d, report),
                reach(d, report));
    }

    /** The whole dashboard as a PDF: the tables are made now (in the reader's language), the file on download. */
    private Div pdf(Dashboard d, DashboardTables.Report report) {
        String title = getTranslation("dashboard.title");
        List<String> intro = List.of(
                filterDescription(d.filter()),
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

    private String filterDescription(DashboardFilter f) {
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("d-M-yyyy");
        String schoolName = school.getValue().map(SchoolSummary::name).orElse(getTranslation("dashboard.filter.all"));
        String typeLabel = f.type() == null ? getTranslation("dashboard.filter.all") : tables.typeName(f.type());
        String sectorLabel = f.sector() == null
                ? getTranslation("dashboard.filter.all")
                : getTranslation("dashboard.sector." + f.sector().name());
        return getTranslation(
                "dashboard.pdf.filter",
                f.from().format(dates),
                f.to().format(dates),
                schoolName,
                typeLabel,
                sectorLabel);
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
        Span v = new Span(kpi.value());
        v.addClassName("dashboard-kpi-value");
        k.add(v, new Span(kpi.label()));
        return k;
    }

    private Div mirror(Dashboard d, ReportTable table) {
        Dashboard.Mirror m = d.mirror();
        Div card = section("dashboard-mirror", "dashboard.mirror.title", "dashboard.mirror.intro");
        Paragraph source = new Paragraph(getTranslation("dashboard.mirror.standard." + m.standardSource()));
        source.addClassName("dashboard-note");
        card.add(source);
        if (m.schools().isEmpty() || m.categories().isEmpty()) {
            card.add(new Paragraph(getTranslation("dashboard.empty")));
            return card;
        }
        card.add(heatMap(m));
        Paragraph legend = PageText.muted(getTranslation("dashboard.mirror.legend"));
        card.add(legend);
        card.add(table.toHtml(), Csv.download("mirror-csv", getTranslation("dashboard.csv"), table));
        card.add(drillDown(d));
        return card;
    }

    /** The schools where basic support falls short most; every school is in the table below it. */
    private EChart heatMap(Dashboard.Mirror m) {
        int shown = Math.min(HEAT_MAP_SCHOOLS, m.schools().size());
        List<String> schoolNames = m.schools().subList(0, shown).stream()
                .map(Dashboard.MirrorSchool::name)
                .toList();
        List<String> categoryNames =
                m.categories().stream().map(c -> tables.categoryHeading(m, c)).toList();
        List<String> counts = new ArrayList<>();
        List<String> suppressed = new ArrayList<>();
        int max = 1;
        for (int r = 0; r < shown; r++) {
            for (int k = 0; k < m.categories().size(); k++) {
                if (!m.applies(r, k)) {
                    continue;
                }
                Cell c = m.cells().get(r).get(k);
                if (c.suppressed()) {
                    suppressed.add("[" + k + "," + r + ",0]");
                } else {
                    max = Math.max(max, c.value());
                    counts.add("[" + k + "," + r + "," + c.value() + "]");
                }
            }
        }
        // Suppressed cells are a series of their own: grey, labelled "< 5", outside the colour scale.
        String option = "{\"tooltip\":{\"show\":false},\"grid\":{\"left\":160,\"right\":20,\"top\":10,\"bottom\":120},"
                + "\"xAxis\":{\"type\":\"category\",\"data\":" + Json.strings(categoryNames)
                + ",\"axisLabel\":{\"rotate\":30,\"interval\":0}},"
                + "\"yAxis\":{\"type\":\"category\",\"inverse\":true,\"data\":" + Json.strings(schoolNames) + "},"
                + "\"visualMap\":{\"seriesIndex\":0,\"min\":0,\"max\":" + max
                + ",\"calculable\":true,\"orient\":\"horizontal\","
                + "\"left\":\"center\",\"bottom\":0,\"inRange\":{\"color\":[\"#f4f7fb\",\"#f6b26b\",\"#c0392b\"]}},"
                + "\"series\":[{\"type\":\"heatmap\",\"data\":[" + String.join(",", counts) + "],"
                + "\"label\":{\"show\":true,\"formatter\":\"{@[2]}\"}},"
                + "{\"type\":\"heatmap\",\"data\":[" + String.join(",", suppressed)
                + "],\"itemStyle\":{\"color\":\"#e3e6ea\"},"
                + "\"label\":{\"show\":true,\"color\":\"#555\",\"formatter\":" + Json.str(Cell.SUPPRESSED_TEXT)
                + "}}]}";
        return new EChart("mirror-chart", option, Math.max(220, 32 * shown + 130) + "px");
    }

    private Div drillDown(Dashboard d) {
        Div box = new Div();
        box.setId("mirror-drilldown");
        Select<Dashboard.MirrorCategory> category = new Select<>();
        category.setLabel(getTranslation("dashboard.mirror.drill"));
        category.setWidth("22em");
        category.setItems(d.mirror().categories());
        category.setItemLabelGenerator(Dashboard.MirrorCategory::name);
        Div result = new Div();
        category.addValueChangeListener(e -> {
            result.removeAll();
            if (e.getValue() == null) {
                return;
            }
            ReportTable table = tables.drillDown(
                    e.getValue(), dashboards.drillDown(d, e.getValue().categoryId()));
            result.add(table.toHtml(), Csv.download("drill-csv", getTranslation("dashboard.csv"), table));
        });
        box.add(category, result);
        return box;
    }

    private Div rates(Dashboard d, DashboardTables.Report report) {
        Div card = section("dashboard-rates", "dashboard.rates.title", "dashboard.rates.intro");
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
        Div card = section("dashboard-trend", "dashboard.trend.title", "dashboard.trend.intro");
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
        Div card = section("dashboard-quality", "dashboard.quality.title", "dashboard.quality.intro");
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
        Div card = section("dashboard-reach", "dashboard.reach.title", "dashboard.reach.intro");
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

    private Div section(String id, String titleKey, String introKey) {
        Div card = new Div();
        card.setId(id);
        card.addClassNames("card", "dashboard-section");
        Paragraph intro = PageText.muted(getTranslation(introKey));
        card.add(new H2(getTranslation(titleKey)), intro);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("dashboard.title"));
    }
}
