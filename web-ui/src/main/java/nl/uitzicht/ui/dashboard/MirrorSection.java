package nl.uitzicht.ui.dashboard;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.ArrayList;
import java.util.List;
import nl.uitzicht.dashboard.Cell;
import nl.uitzicht.dashboard.Dashboard;
import nl.uitzicht.dashboard.RegionDashboard;
import nl.uitzicht.ui.kit.Latin1Html;
import nl.uitzicht.ui.kit.PageText;

/**
 * The mirror of basic support: a heat map of the schools where basic support falls short most, the table of
 * all schools with its CSV, and a drill-down per support category.
 */
class MirrorSection extends DashboardSection {

    /** The heat map shows this many schools, those where basic support falls short most; the table all. */
    private static final int HEAT_MAP_SCHOOLS = 25;

    private final RegionDashboard dashboards;
    private final DashboardTables tables;

    /**
     * @param shown the dashboard shown, read again when a category is drilled into (the section keeps no copy)
     * @param report its tables, read again for a download
     */
    MirrorSection(
            Dashboard d,
            ReportTable table,
            DashboardTables tables,
            RegionDashboard dashboards,
            SerializableSupplier<Dashboard> shown,
            SerializableSupplier<DashboardTables.Report> report) {
        super("dashboard-mirror", "dashboard.mirror.title", "dashboard.mirror.intro");
        this.tables = tables;
        this.dashboards = dashboards;
        Dashboard.Mirror m = d.mirror();
        Paragraph source = new Paragraph(getTranslation("dashboard.mirror.standard." + m.standardSource()));
        source.addClassName("dashboard-note");
        add(source);
        if (m.schools().isEmpty() || m.categories().isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.empty")));
            return;
        }
        add(heatMap(m));
        Paragraph legend = PageText.muted("");
        legend.getElement().setProperty("innerHTML", Latin1Html.escape(getTranslation("dashboard.mirror.legend")));
        add(legend);
        add(
                table.toHtml(),
                Csv.download(
                        "mirror-csv",
                        getTranslation("dashboard.csv"),
                        () -> report.get().mirror()));
        add(drillDown(d, shown));
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

    private Div drillDown(Dashboard d, SerializableSupplier<Dashboard> shown) {
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
            Dashboard.MirrorCategory chosen = e.getValue();
            SerializableSupplier<ReportTable> table =
                    () -> tables.drillDown(chosen, dashboards.drillDown(shown.get(), chosen.categoryId()));
            result.add(table.get().toHtml(), Csv.download("drill-csv", getTranslation("dashboard.csv"), table));
        });
        box.add(category, result);
        return box;
    }
}
