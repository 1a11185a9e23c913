package nl.uitzicht.ui.dashboard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.uitzicht.dashboard.SchoolMirror;
import nl.uitzicht.dashboard.SchoolMirrors;
import nl.uitzicht.dashboard.SchoolYear;
import nl.uitzicht.identity.Role;
import nl.uitzicht.security.CurrentUser;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.DataTable;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.Latin1Html;
import nl.uitzicht.ui.kit.PageText;
import org.jspecify.annotations.Nullable;

/**
 * The basic-support mirror for those who act on it (issue 18 point 4, ADR 0098): a trainer picks a school of
 * their achterban, a school leader sees their own school, each against the region. Which schools is the
 * service's decision ({@link SchoolMirrors}), the choice is read when opened, and the view keeps only the school
 * and year it shows: the figures go to the browser as tables sent once (ADR 0090).
 */
@Route(value = SchoolMirrorView.PATH, layout = MainLayout.class)
@Menu(title = "mirror.nav", order = 51, icon = "vaadin:scale")
@RolesAllowed({Role.TRAINER_NAME, Role.SCHOOL_STAFF_NAME})
class SchoolMirrorView extends FreshPage implements HasDynamicTitle {

    static final String PATH = "spiegel";

    private final SchoolMirrors mirrors;
    private UUID accountId;
    private final Clock clock;
    private ComboBox<SchoolMirrors.MirrorSchool> school;
    private Select<SchoolYear> schoolYear;
    private Div content;
    private @Nullable UUID shownSchool;
    private @Nullable SchoolYear shownYear;

    private final CurrentUser currentUser;

    SchoolMirrorView(SchoolMirrors mirrors, CurrentUser currentUser, Clock clock) {
        this.mirrors = mirrors;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        school = new ComboBox<>();
        schoolYear = new Select<>();
        content = new Div();
        this.accountId = currentUser.require().accountId();
        addClassName("page");
        add(new H1(getTranslation("mirror.title")), PageText.muted(getTranslation("mirror.intro")));
        List<SchoolMirrors.MirrorSchool> mine = mirrors.schoolsOf(accountId);
        if (mine.isEmpty()) {
            Div none = new Div();
            none.setId("mirror-none");
            none.addClassName("card");
            none.setText(getTranslation("mirror.none"));
            add(none);
            return;
        }
        LocalDate today = LocalDate.now(clock);
        schoolYear.setLabel(getTranslation("dashboard.filter.schoolYear"));
        schoolYear.setItems(SchoolYear.upTo(today, 5));
        schoolYear.setItemLabelGenerator(y -> getTranslation("dashboard.filter.schoolYear.item", y.label()));
        schoolYear.setValue(SchoolYear.of(today));
        schoolYear.setId("mirror-school-year");
        schoolYear.setMinWidth("15em");
        school.setLabel(getTranslation("mirror.school"));
        // Read when opened (the list is the service's, never kept here): only the chosen school stays.
        school.setItems(query -> {
            String typed = query.getFilter().orElse("").toLowerCase(Locale.ROOT);
            return mirrors.schoolsOf(accountId).stream()
                    .filter(s -> s.name().toLowerCase(Locale.ROOT).contains(typed))
                    .skip(query.getOffset())
                    .limit(query.getLimit());
        });
        school.setItemLabelGenerator(s -> s.name()
                + (s.leads() ? " · " + getTranslation("mirror.school.leads") : "")
                + (s.achterban() ? " · " + getTranslation("mirror.school.achterban") : ""));
        school.setId("mirror-school");
        school.setMinWidth("20em");
        school.setValue(mine.getFirst());
        Button show = new Button(getTranslation("dashboard.filter.apply"), e -> show());
        show.setId("mirror-apply");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div bar = new Div(schoolYear, school, show);
        bar.addClassNames("card", "dashboard-filters");
        content.setId("mirror-content");
        content.setWidthFull();
        add(bar, content);
        show();
    }

    private void show() {
        content.removeAll();
        if (school.getValue() == null || schoolYear.getValue() == null) {
            return;
        }
        shownSchool = school.getValue().id();
        shownYear = schoolYear.getValue();
        content.add(new MirrorTables(this::getTranslation).of(shown()));
    }

    /** The figures shown, read again (the view keeps the school and year, not the figures). */
    SchoolMirror shown() {
        return mirrors.of(accountId, java.util.Objects.requireNonNull(shownSchool), shownYear, LocalDate.now(clock));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mirror.title");
    }

    /** The mirror as a heading, a line of key figures and three tables, every text escaped. */
    record MirrorTables(DashboardTables.Texts t) {

        Div of(SchoolMirror m) {
            Div box = new Div();
            box.addClassName("mirror-school");
            Div head = new Div();
            head.getElement()
                    .setProperty(
                            "innerHTML",
                            "<h2>"
                                    + esc(t.get(
                                            "mirror.heading",
                                            m.schoolName(),
                                            m.schoolYear().label())) + "</h2>"
                                    + "<p class=\"dashboard-note\">"
                                    + esc(t.get("dashboard.mirror.standard." + m.standardSource())) + "</p>");
            box.add(head, kpis(m), categories(m), items(m), checks(m));
            return box;
        }

        DataTable kpis(SchoolMirror m) {
            return new DataTable(
                    "mirror-kpis",
                    t.get("mirror.kpis.caption"),
                    List.of("", m.schoolName(), t.get("mirror.region")),
                    kpiRows(m));
        }

        List<List<String>> kpiRows(SchoolMirror m) {
            return List.of(
                    List.of(
                            t.get("mirror.pupils"),
                            Integer.toString(m.school().pupils()),
                            Integer.toString(m.region().pupils())),
                    List.of(
                            t.get("dashboard.kpi.opps"),
                            m.school().opps().text(),
                            m.region().opps().text()),
                    List.of(
                            t.get("dashboard.kpi.per100"),
                            DashboardTables.orDash(m.school().oppsPer100()),
                            DashboardTables.orDash(m.region().oppsPer100())),
                    List.of(
                            t.get("mirror.basicSupport"),
                            m.school().basicSupportOpps().text(),
                            m.region().basicSupportOpps().text()),
                    List.of(
                            t.get("mirror.basicSupportPer100"),
                            DashboardTables.orDash(m.school().basicSupportPer100()),
                            DashboardTables.orDash(m.region().basicSupportPer100())),
                    List.of(
                            t.get("mirror.checklistMean"),
                            DashboardTables.orDash(m.school().checklistMean()),
                            DashboardTables.orDash(m.region().checklistMean())));
        }

        DataTable categories(SchoolMirror m) {
            return new DataTable(
                    "mirror-categories",
                    t.get("mirror.categories.caption"),
                    List.of(t.get("mirror.category"), m.schoolName(), t.get("mirror.region")),
                    categoryRows(m));
        }

        List<List<String>> categoryRows(SchoolMirror m) {
            return m.categories().stream()
                    .map(c -> List.of(
                            c.name(),
                            c.atSchool() ? c.school().text() : t.get("dashboard.mirror.notBasic"),
                            c.region().text()))
                    .toList();
        }

        DataTable items(SchoolMirror m) {
            return new DataTable(
                    "mirror-items",
                    t.get("dashboard.items.caption"),
                    List.of(
                            t.get("dashboard.item"),
                            t.get("mirror.schoolScored"),
                            t.get("mirror.schoolMean"),
                            t.get("mirror.regionScored"),
                            t.get("mirror.regionMean")),
                    itemRows(m));
        }

        List<List<String>> itemRows(SchoolMirror m) {
            return m.items().stream()
                    .map(i -> List.of(
                            i.position() + ". " + i.code(),
                            i.schoolOpps().text(),
                            DashboardTables.orDash(i.schoolMean()),
                            i.regionOpps().text(),
                            DashboardTables.orDash(i.regionMean())))
                    .toList();
        }

        DataTable checks(SchoolMirror m) {
            return new DataTable(
                    "mirror-checks",
                    t.get("mirror.checks.caption", DashboardTables.fmt(m.benchmark() * 100) + "%"),
                    List.of(
                            t.get("dashboard.check"),
                            t.get("mirror.schoolDue"),
                            t.get("mirror.schoolShare"),
                            t.get("mirror.regionDue"),
                            t.get("mirror.regionShare")),
                    checkRows(m));
        }

        List<List<String>> checkRows(SchoolMirror m) {
            return m.checks().stream()
                    .map(c -> List.of(
                            t.get("dashboard.check." + c.check()),
                            c.schoolDue().text(),
                            share(c.schoolShare()),
                            c.regionDue().text(),
                            share(c.regionShare())))
                    .toList();
        }

        private static String share(@Nullable Double share) {
            return share == null ? "–" : DashboardTables.fmt(share) + "%";
        }

        private static String esc(String text) {
            return Latin1Html.escape(text);
        }
    }
}
