package nl.uitzicht.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.uitzicht.identity.Role;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.Notices;

/** The region's schools for its administrators: add, edit, close and reopen, or import from DUO. */
@Route(value = "scholen", layout = MainLayout.class)
@Menu(title = "nav.schools", order = 10, icon = "vaadin:academy-cap")
@RolesAllowed(Role.REGION_ADMIN_NAME)
class SchoolsAdminView extends FreshPage implements HasDynamicTitle {

    private final SchoolDirectory schools;
    private Grid<SchoolSummary> grid;
    private Paragraph count;
    private Checkbox showClosed;
    private final Clock clock;

    SchoolsAdminView(SchoolDirectory schools, Clock clock) {
        this.clock = clock;
        this.schools = schools;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        grid = new Grid<>(SchoolSummary.class, false);
        count = new Paragraph();
        showClosed = new Checkbox();
        addClassName("page");
        Button add = new Button(
                getTranslation("admin.school.add"),
                VaadinIcon.PLUS.create(),
                e -> new SchoolDialog(null, schools::add, s -> {
                            Notices.success(getTranslation("admin.school.added", s.name()));
                            refresh();
                        })
                        .open());
        add.setId("school-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importDuo = new Button(
                getTranslation("admin.school.import"),
                VaadinIcon.UPLOAD.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(DuoImportView.class)));
        importDuo.setId("school-import");
        showClosed.setLabel(getTranslation("admin.school.showClosed"));
        showClosed.addValueChangeListener(e -> refresh());
        HorizontalLayout actions = new HorizontalLayout(add, importDuo, showClosed);
        actions.addClassName("admin-actions");
        actions.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        count.setId("schools-count");
        configureGrid();
        add(new H1(getTranslation("schools.title")), count, actions, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("schools");
        grid.addColumn(SchoolSummary::code)
                .setHeader(getTranslation("schools.brin"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(SchoolSummary::name)
                .setHeader(getTranslation("schools.name"))
                .setFlexGrow(2)
                .setSortable(true);
        grid.addColumn(s -> getTranslation("schooltype." + s.type().name()))
                .setHeader(getTranslation("schools.type"))
                .setFlexGrow(1)
                .setSortable(true);
        grid.addColumn(s -> s.municipality() == null ? "" : s.municipality())
                .setHeader(getTranslation("schools.municipality"))
                .setFlexGrow(1)
                .setSortable(true);
        grid.addColumn(SchoolSummary::pupilCount)
                .setHeader(getTranslation("schools.pupils"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> s.open()
                        ? getTranslation("admin.school.open")
                        : getTranslation("admin.school.closedOn", s.closedOn()))
                .setHeader(getTranslation("admin.school.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("admin.common.actions"))
                .setWidth("210px")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
    }

    private HorizontalLayout actions(SchoolSummary school) {
        Button edit = new Button(
                getTranslation("admin.school.edit"),
                e -> new SchoolDialog(school, d -> schools.edit(school.id(), school.version(), d), s -> {
                            Notices.success(getTranslation("admin.common.saved"));
                            refresh();
                        })
                        .open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button toggle = new Button(
                getTranslation(school.open() ? "admin.school.close" : "admin.school.reopen"), e -> toggle(school));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        if (school.open()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        HorizontalLayout actions = new HorizontalLayout(edit, toggle);
        actions.setSpacing(false);
        return actions;
    }

    private void toggle(SchoolSummary school) {
        if (school.open()) {
            schools.close(school.id(), school.version(), LocalDate.now(clock));
            Notices.success(getTranslation("admin.school.closedMessage", school.name()));
        } else {
            schools.reopen(school.id(), school.version());
            Notices.success(getTranslation("admin.school.reopened", school.name()));
        }
        refresh();
    }

    private void refresh() {
        List<SchoolSummary> all = schools.all();
        List<SchoolSummary> open = all.stream().filter(SchoolSummary::open).toList();
        count.setText(getTranslation(
                "schools.count",
                open.size(),
                open.stream().mapToInt(SchoolSummary::pupilCount).sum()));
        grid.setItems(showClosed.getValue() ? all : open);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("schools.title"));
    }
}
