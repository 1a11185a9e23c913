package nl.uitzicht.ui.dashboard;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.uitzicht.dashboard.RequestDashboard;
import nl.uitzicht.dashboard.RequestFigures;
import nl.uitzicht.dashboard.SchoolYear;
import nl.uitzicht.identity.Role;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.PageText;

/**
 * The request dashboard (issue 16 point 4, ADR 0095): requests, grants and refusals per school and type, the TLV
 * rate and its trend, lead times against the term, arrangement spending against the budgets, and the link with the
 * basic-support mirror. Aggregates only; groups under 5 show as "&lt; 5". The view keeps the school year and the day
 * it showed, never the figures: downloads read them again (ADR 0090).
 */
@Route(value = "dashboard/aanvragen", layout = MainLayout.class)
@Menu(title = "requestdash.nav", order = 51, icon = "vaadin:chart-3d")
@RolesAllowed({Role.POLICY_NAME, Role.REGION_ADMIN_NAME, Role.CASE_MANAGER_NAME})
class RequestDashboardView extends FreshPage implements HasDynamicTitle {

    /** How many school years back the dashboard can go. */
    private static final int SCHOOL_YEARS = 6;

    private final RequestDashboard dashboards;
    private RequestDashboardTables tables;
    private final Clock clock;
    Select<SchoolYear> year;
    private Div content;
    /** The year and day of the figures shown: downloads read them again. */
    private SchoolYear shownYear;

    private LocalDate shownOn;

    RequestDashboardView(RequestDashboard dashboards, Clock clock) {
        this.dashboards = dashboards;
        this.clock = clock;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        tables = new RequestDashboardTables(this::getTranslation);
        year = new Select<>();
        content = new Div();
        addClassName("page");
        LocalDate today = LocalDate.now(clock);
        year.setLabel(getTranslation("dashboard.filter.schoolYear"));
        year.setItems(SchoolYear.upTo(today, SCHOOL_YEARS));
        year.setItemLabelGenerator(y -> getTranslation("dashboard.filter.schoolYear.item", y.label()));
        year.setHelperText(getTranslation("requestdash.year.help"));
        year.setValue(SchoolYear.of(today));
        year.setId("request-dashboard-year");
        year.setMinWidth("15em");
        year.addValueChangeListener(e -> load());
        Div filters = new Div(year);
        filters.addClassNames("card", "dashboard-filters");
        content.setWidthFull();
        content.addClassName("dashboard-content");
        add(
                new H1(getTranslation("requestdash.title")),
                PageText.muted(getTranslation("requestdash.intro")),
                filters,
                content);
        load();
    }

    private void load() {
        content.removeAll();
        shownYear = year.getValue() == null ? SchoolYear.of(LocalDate.now(clock)) : year.getValue();
        shownOn = LocalDate.now(clock);
        RequestFigures f = shown();
        RequestDashboardTables.Report report = shownReport(f);
        content.add(
                kpis(f),
                requests(f, report),
                outcomes(f, report),
                tlv(f, report),
                lead(report),
                spending(f, report),
                asks(report));
        getElement().executeJs("setTimeout(() => this.$server.rendered())");
    }

    /** The figures shown, read again (from this node's memory or Redis as a rule). */
    RequestFigures shown() {
        return dashboards.load(shownYear, shownOn);
    }

    RequestDashboardTables.Report shownReport() {
        return shownReport(shown());
    }

    private RequestDashboardTables.Report shownReport(RequestFigures f) {
        return tables.report(f, getLocale());
    }

    /** The browser's acknowledgement after the charts are drawn (see {@link DashboardView}). */
    @ClientCallable
    void rendered() {
        // nothing to do
    }

    private Div kpis(RequestFigures f) {
        return KpiCards.row(tables.kpis(f));
    }

    private Div requests(RequestFigures f, RequestDashboardTables.Report report) {
        Div card = new DashboardSection("requests-by-type", "requestdash.byType.title", "requestdash.byType.intro");
        List<String> series = new ArrayList<>();
        for (int t = 0; t < f.types().size(); t++) {
            int type = t;
            series.add("{\"type\":\"bar\",\"stack\":\"all\",\"name\":"
                    + Json.str(tables.typeName(f.types().get(t)))
                    + ",\"data\":"
                    + Json.numbers(f.schools().stream()
                            .map(s -> s.byType().get(type).shown())
                            .toList()) + "}");
        }
        String option = "{\"tooltip\":{},\"legend\":{\"bottom\":0},\"grid\":{\"left\":40,\"right\":20,\"top\":20,"
                + "\"bottom\":110},\"xAxis\":{\"type\":\"category\",\"data\":"
                + Json.strings(f.schools().stream()
                        .map(RequestFigures.SchoolRequests::name)
                        .toList())
                + ",\"axisLabel\":{\"rotate\":30}},\"yAxis\":{\"type\":\"value\"},\"series\":["
                + String.join(",", series) + "]}";
        card.add(new EChart("requests-chart", option, "320px"));
        card.add(
                report.byType().toHtml(),
                Csv.download(
                        "requests-type-csv",
                        getTranslation("dashboard.csv"),
                        () -> shownReport().byType()));
        return card;
    }

    private Div outcomes(RequestFigures f, RequestDashboardTables.Report report) {
        Div card =
                new DashboardSection("requests-outcomes", "requestdash.outcomes.title", "requestdash.outcomes.intro");
        card.add(
                report.typeOutcomes().toHtml(),
                Csv.download(
                        "type-outcome-csv",
                        getTranslation("dashboard.csv"),
                        () -> shownReport().typeOutcomes()),
                report.schoolOutcomes().toHtml(),
                Csv.download(
                        "requests-outcome-csv",
                        getTranslation("dashboard.csv"),
                        () -> shownReport().schoolOutcomes()));
        return card;
    }

    private Div tlv(RequestFigures f, RequestDashboardTables.Report report) {
        Div card = new DashboardSection("tlv-trend", "requestdash.tlv.title", "requestdash.tlv.intro");
        RequestFigures.TlvTrend trend = f.tlvTrend();
        List<Double> region = new ArrayList<>();
        for (int k = 0; k < trend.years().size(); k++) {
            region.add(trend.regionPer100(k));
        }
        String option =
                "{\"tooltip\":{\"trigger\":\"axis\"},\"grid\":{\"left\":50,\"right\":20,\"top\":20,\"bottom\":40},"
                        + "\"xAxis\":{\"type\":\"category\",\"data\":"
                        + Json.strings(
                                trend.years().stream().map(SchoolYear::label).toList())
                        + "},\"yAxis\":{\"type\":\"value\",\"name\":" + Json.str(getTranslation("dashboard.per100"))
                        + "},\"series\":[{\"type\":\"line\",\"connectNulls\":false,\"name\":"
                        + Json.str(getTranslation("requestdash.region")) + ",\"data\":" + Json.numbers(region) + "}]}";
        card.add(new EChart("tlv-chart", option, "240px"));
        card.add(
                report.tlvTrend().toHtml(),
                Csv.download(
                        "tlv-trend-csv",
                        getTranslation("dashboard.csv"),
                        () -> shownReport().tlvTrend()));
        return card;
    }

    private Div lead(RequestDashboardTables.Report report) {
        Div card = new DashboardSection("lead-times", "requestdash.lead.title", "requestdash.lead.intro");
        card.add(
                report.leadTimes().toHtml(),
                Csv.download(
                        "lead-time-csv",
                        getTranslation("dashboard.csv"),
                        () -> shownReport().leadTimes()));
        return card;
    }

    private Div spending(RequestFigures f, RequestDashboardTables.Report report) {
        Div card = new DashboardSection("spending", "requestdash.spending.title", "requestdash.spending.intro");
        List<RequestFigures.SchoolSpending> lines = f.spending().schools();
        String option = "{\"tooltip\":{\"trigger\":\"axis\"},\"legend\":{\"bottom\":0},"
                + "\"grid\":{\"left\":70,\"right\":20,\"top\":20,\"bottom\":110},"
                + "\"xAxis\":{\"type\":\"category\",\"data\":"
                + Json.strings(
                        lines.stream().map(RequestFigures.SchoolSpending::name).toList())
                + ",\"axisLabel\":{\"rotate\":30}},\"yAxis\":{\"type\":\"value\"},\"series\":["
                + "{\"type\":\"bar\",\"name\":" + Json.str(getTranslation("requestdash.spending.amount")) + ",\"data\":"
                + Json.numbers(lines.stream()
                        .map(s -> s.amount() == null ? null : s.amount().doubleValue())
                        .toList()) + "},"
                + "{\"type\":\"bar\",\"name\":" + Json.str(getTranslation("requestdash.spending.budgetAmount"))
                + ",\"data\":"
                + Json.numbers(lines.stream()
                        .map(s -> s.budgetAmount() == null
                                ? null
                                : s.budgetAmount().doubleValue())
                        .toList())
                + "}]}";
        card.add(new EChart("spending-chart", option, "300px"));
        card.add(
                report.spending().toHtml(),
                Csv.download(
                        "spending-csv",
                        getTranslation("dashboard.csv"),
                        () -> shownReport().spending()));
        return card;
    }

    private Div asks(RequestDashboardTables.Report report) {
        Div card = new DashboardSection("basic-support-asks", "requestdash.asks.title", "requestdash.asks.intro");
        Anchor mirror = new Anchor("dashboard", getTranslation("requestdash.asks.mirror"));
        mirror.setId("asks-mirror-link");
        card.add(
                new Div(mirror),
                report.askingSchools().toHtml(),
                Csv.download(
                        "asking-schools-csv",
                        getTranslation("dashboard.csv"),
                        () -> shownReport().askingSchools()),
                report.askedCategories().toHtml(),
                Csv.download(
                        "asked-categories-csv",
                        getTranslation("dashboard.csv"),
                        () -> shownReport().askedCategories()));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("requestdash.title"));
    }
}
