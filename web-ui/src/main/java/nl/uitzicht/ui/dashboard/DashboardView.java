package nl.uitzicht.ui.dashboard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.uitzicht.dashboard.Cell;
import nl.uitzicht.dashboard.Dashboard;
import nl.uitzicht.dashboard.DashboardFilter;
import nl.uitzicht.dashboard.RegionDashboard;
import nl.uitzicht.identity.Role;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.ui.MainLayout;
import org.jspecify.annotations.Nullable;

/**
 * The region dashboard ("OPP als spiegel voor de basisondersteuning"): aggregates only, every chart
 * with a table of the same numbers and a CSV export; groups under 5 pupils show as "&lt; 5".
 */
@Route(value = "dashboard", layout = MainLayout.class)
@Menu(title = "dashboard.nav", order = 50, icon = "vaadin:chart-grid")
@RolesAllowed({Role.POLICY_NAME, Role.REGION_ADMIN_NAME})
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private final RegionDashboard dashboards;
    private final Div content = new Div();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<Optional<SchoolSummary>> school = new Select<>();
    private final Select<Optional<SchoolType>> type = new Select<>();

    DashboardView(RegionDashboard dashboards, SchoolDirectory schools) {
        this.dashboards = dashboards;
        addClassName("page");
        add(new H1(getTranslation("dashboard.title")));
        Paragraph intro = new Paragraph(getTranslation("dashboard.intro"));
        intro.addClassName("muted");
        add(intro, filters(schools), content);
        content.setWidthFull();
        content.addClassName("dashboard-content");
        load();
    }

    private Div filters(SchoolDirectory schools) {
        LocalDate today = LocalDate.now();
        from.setLabel(getTranslation("dashboard.filter.from"));
        from.setValue(today.minusYears(1));
        from.setId("filter-from");
        to.setLabel(getTranslation("dashboard.filter.to"));
        to.setValue(today);
        to.setId("filter-to");
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
        type.setItemLabelGenerator(o -> o.map(this::typeName).orElse(getTranslation("dashboard.filter.all")));
        type.setValue(Optional.empty());
        Button apply = new Button(getTranslation("dashboard.filter.apply"), e -> load());
        apply.setId("filter-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div bar = new Div(from, to, school, type, apply);
        bar.addClassNames("card", "dashboard-filters");
        return bar;
    }

    private void load() {
        content.removeAll();
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            to.setErrorMessage(getTranslation("dashboard.error.period"));
            to.setInvalid(true);
            return;
        }
        to.setInvalid(false);
        DashboardFilter filter = new DashboardFilter(from.getValue(), to.getValue(),
                school.getValue().map(SchoolSummary::id).orElse(null), type.getValue().orElse(null));
        Dashboard d = dashboards.load(filter, LocalDate.now());
        content.add(kpis(d), mirror(d), rates(d), trend(d), quality(d));
    }

    private Div kpis(Dashboard d) {
        Div row = new Div();
        row.addClassName("dashboard-kpis");
        Double per100 = Dashboard.per100(d.totalOpps(), d.totalPupils());
        Dashboard.Compliance legal = d.quality().checks().getLast();
        row.add(kpi("kpi-opps", getTranslation("dashboard.kpi.opps"), d.totalOpps().text()),
                kpi("kpi-per100", getTranslation("dashboard.kpi.per100"), per100 == null ? "–" : fmt(per100)),
                kpi("kpi-legal", getTranslation("dashboard.kpi.legal"),
                        legal.share() == null ? "–" : fmt(legal.share()) + "%"),
                kpi("kpi-benchmark", getTranslation("dashboard.kpi.benchmark"), "50%"));
        return row;
    }

    private Div kpi(String id, String label, String value) {
        Div k = new Div();
        k.setId(id);
        k.addClassNames("card", "dashboard-kpi");
        Span v = new Span(value);
        v.addClassName("dashboard-kpi-value");
        k.add(v, new Span(label));
        return k;
    }

    private Div mirror(Dashboard d) {
        Dashboard.Mirror m = d.mirror();
        Div card = section("dashboard-mirror", "dashboard.mirror.title", "dashboard.mirror.intro");
        Paragraph source = new Paragraph(getTranslation("dashboard.mirror.standard." + m.standardSource()));
        source.addClassName("dashboard-note");
        card.add(source);
        if (m.schools().isEmpty() || m.categories().isEmpty()) {
            card.add(new Paragraph(getTranslation("dashboard.empty")));
            return card;
        }
        List<String> schoolNames = m.schools().stream().map(Dashboard.MirrorSchool::name).toList();
        List<String> categoryNames = m.categories().stream().map(Dashboard.MirrorCategory::name).toList();
        StringBuilder data = new StringBuilder("[");
        int max = 1;
        for (int r = 0; r < m.schools().size(); r++) {
            for (int k = 0; k < m.categories().size(); k++) {
                Cell c = m.cells().get(r).get(k);
                if (!c.suppressed()) {
                    max = Math.max(max, c.value());
                }
                data.append(data.length() > 1 ? "," : "").append("[").append(k).append(",").append(r).append(",")
                        .append(c.suppressed() ? "\"-\"" : Integer.toString(c.value())).append("]");
            }
        }
        data.append("]");
        String option = "{\"tooltip\":{\"position\":\"top\"},\"grid\":{\"left\":160,\"right\":20,\"top\":10,\"bottom\":120},"
                + "\"xAxis\":{\"type\":\"category\",\"data\":" + Json.strings(categoryNames)
                + ",\"axisLabel\":{\"rotate\":30,\"interval\":0}},"
                + "\"yAxis\":{\"type\":\"category\",\"inverse\":true,\"data\":" + Json.strings(schoolNames) + "},"
                + "\"visualMap\":{\"min\":0,\"max\":" + max + ",\"calculable\":true,\"orient\":\"horizontal\",\"left\":\"center\",\"bottom\":0,"
                + "\"inRange\":{\"color\":[\"#f4f7fb\",\"#f6b26b\",\"#c0392b\"]}},"
                + "\"series\":[{\"type\":\"heatmap\",\"data\":" + data + ",\"label\":{\"show\":true,\"formatter\":\"{@[2]}\"}}]}";
        card.add(new EChart("mirror-chart", option, Math.max(220, 40 * m.schools().size() + 110) + "px"));
        List<String> header = new ArrayList<>();
        header.add(getTranslation("dashboard.school"));
        header.addAll(categoryNames);
        header.add(getTranslation("dashboard.total"));
        header.add(getTranslation("dashboard.per100"));
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < m.schools().size(); r++) {
            Dashboard.MirrorSchool s = m.schools().get(r);
            List<String> row = new ArrayList<>();
            row.add(s.name());
            m.cells().get(r).forEach(c -> row.add(c.text()));
            row.add(s.total().text());
            row.add(s.per100() == null ? "–" : fmt(s.per100()));
            rows.add(row);
        }
        List<String> totals = new ArrayList<>();
        totals.add(getTranslation("dashboard.total"));
        m.categories().forEach(c -> totals.add(c.total().text()));
        totals.add(m.total().text());
        totals.add("");
        rows.add(totals);
        card.add(new DataTable("mirror-table", getTranslation("dashboard.mirror.caption"), header, rows),
                Csv.download("mirror-csv", getTranslation("dashboard.csv"), "basisondersteuning-spiegel.csv", header, rows));
        card.add(drillDown(d));
        return card;
    }

    private Div drillDown(Dashboard d) {
        Div box = new Div();
        box.setId("mirror-drilldown");
        Select<Dashboard.MirrorCategory> category = new Select<>();
        category.setLabel(getTranslation("dashboard.mirror.drill"));
        category.setItems(d.mirror().categories());
        category.setItemLabelGenerator(Dashboard.MirrorCategory::name);
        Div result = new Div();
        category.addValueChangeListener(e -> {
            result.removeAll();
            if (e.getValue() == null) {
                return;
            }
            List<String> header = List.of(getTranslation("dashboard.school"), getTranslation("dashboard.mirror.opps"));
            List<List<String>> rows = dashboards.drillDown(d, e.getValue().categoryId()).stream()
                    .map(x -> List.of(x.school(), x.opps().text())).toList();
            result.add(new DataTable("drill-table", getTranslation("dashboard.mirror.drillCaption", e.getValue().name()),
                    header, rows), Csv.download("drill-csv", getTranslation("dashboard.csv"), "basisondersteuning-per-school.csv",
                    header, rows));
        });
        box.add(category, result);
        return box;
    }

    private Div rates(Dashboard d) {
        Div card = section("dashboard-rates", "dashboard.rates.title", "dashboard.rates.intro");
        List<String> names = d.schools().stream().map(Dashboard.SchoolRate::name).toList();
        List<Double> values = d.schools().stream().map(Dashboard.SchoolRate::per100).toList();
        String option = "{\"tooltip\":{},\"grid\":{\"left\":50,\"right\":20,\"top\":20,\"bottom\":90},"
                + "\"xAxis\":{\"type\":\"category\",\"data\":" + Json.strings(names) + ",\"axisLabel\":{\"rotate\":30,\"interval\":0}},"
                + "\"yAxis\":{\"type\":\"value\",\"name\":" + Json.str(getTranslation("dashboard.per100")) + "},"
                + "\"series\":[{\"type\":\"bar\",\"data\":" + Json.numbers(values) + ",\"itemStyle\":{\"color\":\"#1f6f8b\"}}]}";
        card.add(new EChart("rates-chart", option, "300px"));
        List<String> header = List.of(getTranslation("dashboard.school"), getTranslation("dashboard.type"),
                getTranslation("dashboard.pupils"), getTranslation("dashboard.opps"), getTranslation("dashboard.per100"));
        List<List<String>> rows = d.schools().stream().map(s -> List.of(s.name(), typeName(s.type()),
                Integer.toString(s.pupils()), s.opps().text(), s.per100() == null ? "–" : fmt(s.per100()))).toList();
        card.add(new DataTable("rates-table", getTranslation("dashboard.rates.caption"), header, rows),
                Csv.download("rates-csv", getTranslation("dashboard.csv"), "opps-per-school.csv", header, rows));
        List<String> typeHeader = List.of(getTranslation("dashboard.type"), getTranslation("dashboard.schools"),
                getTranslation("dashboard.pupils"), getTranslation("dashboard.opps"), getTranslation("dashboard.per100"));
        List<List<String>> typeRows = d.types().stream().map(t -> List.of(typeName(t.type()), Integer.toString(t.schools()),
                Integer.toString(t.pupils()), t.opps().text(), t.per100() == null ? "–" : fmt(t.per100()))).toList();
        card.add(new DataTable("types-table", getTranslation("dashboard.types.caption"), typeHeader, typeRows),
                Csv.download("types-csv", getTranslation("dashboard.csv"), "opps-per-schooltype.csv", typeHeader, typeRows));
        return card;
    }

    private Div trend(Dashboard d) {
        Div card = section("dashboard-trend", "dashboard.trend.title", "dashboard.trend.intro");
        List<String> months = d.trend().stream().map(m -> m.month().toString()).toList();
        List<Integer> values = d.trend().stream().map(m -> m.opps().shown()).toList();
        String option = "{\"tooltip\":{\"trigger\":\"axis\"},\"grid\":{\"left\":40,\"right\":20,\"top\":20,\"bottom\":40},"
                + "\"xAxis\":{\"type\":\"category\",\"data\":" + Json.strings(months) + "},\"yAxis\":{\"type\":\"value\"},"
                + "\"series\":[{\"type\":\"line\",\"connectNulls\":false,\"data\":" + Json.numbers(values) + "}]}";
        card.add(new EChart("trend-chart", option, "240px"));
        List<String> header = List.of(getTranslation("dashboard.month"), getTranslation("dashboard.trend.started"));
        List<List<String>> rows = d.trend().stream().map(m -> List.of(m.month().toString(), m.opps().text())).toList();
        card.add(new DataTable("trend-table", getTranslation("dashboard.trend.caption"), header, rows),
                Csv.download("trend-csv", getTranslation("dashboard.csv"), "opps-per-maand.csv", header, rows));
        return card;
    }

    private Div quality(Dashboard d) {
        Div card = section("dashboard-quality", "dashboard.quality.title", "dashboard.quality.intro");
        Dashboard.Quality q = d.quality();
        List<String> checkNames = q.checks().stream().map(c -> getTranslation("dashboard.check." + c.check())).toList();
        List<Double> shares = q.checks().stream().map(Dashboard.Compliance::share).toList();
        String option = "{\"tooltip\":{},\"grid\":{\"left\":220,\"right\":30,\"top\":10,\"bottom\":30},"
                + "\"xAxis\":{\"type\":\"value\",\"max\":100},\"yAxis\":{\"type\":\"category\",\"inverse\":true,\"data\":"
                + Json.strings(checkNames) + "},\"series\":[{\"type\":\"bar\",\"data\":" + Json.numbers(shares)
                + ",\"itemStyle\":{\"color\":\"#2e7d32\"},\"markLine\":{\"symbol\":\"none\",\"label\":{\"formatter\":"
                + Json.str(getTranslation("dashboard.benchmark")) + "},\"data\":[{\"xAxis\":" + (q.benchmark() * 100) + "}]}}]}";
        card.add(new EChart("compliance-chart", option, "260px"));
        List<String> header = List.of(getTranslation("dashboard.check"), getTranslation("dashboard.check.due"),
                getTranslation("dashboard.check.passing"), getTranslation("dashboard.check.share"));
        List<List<String>> rows = q.checks().stream().map(c -> List.of(getTranslation("dashboard.check." + c.check()),
                c.due().text(), c.passing().text(), c.share() == null ? "–" : fmt(c.share()) + "%")).toList();
        card.add(new DataTable("compliance-table", getTranslation("dashboard.compliance.caption"), header, rows),
                Csv.download("compliance-csv", getTranslation("dashboard.csv"), "automatische-controles.csv", header, rows));
        Paragraph overall = new Paragraph(getTranslation("dashboard.quality.overall",
                q.overallMean() == null ? "–" : fmt(q.overallMean())));
        overall.setId("quality-overall");
        card.add(overall);
        List<String> itemHeader = List.of(getTranslation("dashboard.item"), getTranslation("dashboard.item.opps"),
                getTranslation("dashboard.item.mean"));
        List<List<String>> itemRows = q.items().stream().map(i -> List.of(i.position() + ". " + i.code(), i.opps().text(),
                i.mean() == null ? "–" : fmt(i.mean()))).toList();
        if (!itemRows.isEmpty()) {
            String itemOption = "{\"tooltip\":{},\"grid\":{\"left\":40,\"right\":20,\"top\":20,\"bottom\":30},"
                    + "\"xAxis\":{\"type\":\"category\",\"data\":" + Json.strings(q.items().stream()
                    .map(i -> Integer.toString(i.position())).toList()) + "},\"yAxis\":{\"type\":\"value\",\"max\":2},"
                    + "\"series\":[{\"type\":\"bar\",\"data\":" + Json.numbers(q.items().stream()
                    .map(Dashboard.ItemScore::mean).toList()) + "}]}";
            card.add(new EChart("items-chart", itemOption, "220px"));
        }
        card.add(new DataTable("items-table", getTranslation("dashboard.items.caption"), itemHeader, itemRows),
                Csv.download("items-csv", getTranslation("dashboard.csv"), "checklist-consensus.csv", itemHeader, itemRows));
        return card;
    }

    private Div section(String id, String titleKey, String introKey) {
        Div card = new Div();
        card.setId(id);
        card.addClassNames("card", "dashboard-section");
        Paragraph intro = new Paragraph(getTranslation(introKey));
        intro.addClassName("muted");
        card.add(new H2(getTranslation(titleKey)), intro);
        return card;
    }

    private String typeName(@Nullable SchoolType t) {
        return t == null ? "" : getTranslation("dashboard.schoolType." + t.name());
    }

    private static String fmt(double v) {
        return String.format(Locale.forLanguageTag("nl"), "%.1f", v);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("dashboard.title"));
    }
}
