package nl.uitzicht.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.uitzicht.identity.Role;
import nl.uitzicht.school.BasicSupportProfiles;
import nl.uitzicht.school.Coverage;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.support.SupportCategory;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.SaveButton;

/** The region's basic-support standard, each school's SOP coverage, and where schools fall short. */
@Route(value = "basisondersteuning", layout = MainLayout.class)
@Menu(title = "nav.admin.basicSupport", order = 13, icon = "vaadin:check-square-o")
@RolesAllowed(Role.REGION_ADMIN_NAME)
class BasicSupportView extends FreshPage implements HasDynamicTitle {

    private final BasicSupportProfiles profiles;
    private final SchoolDirectory schools;
    private List<SupportCategory> active;
    private CheckboxGroup<SupportCategory> standard;
    private ComboBox<SchoolSummary> school;
    private CheckboxGroup<SupportCategory> sop;
    private Grid<SchoolSummary> overview;
    private long standardVersion;
    private long sopVersion = -1;
    private Map<UUID, Set<UUID>> coverage = Map.of();
    private Set<UUID> standardIds = Set.of();

    private final SupportCategories categories;

    BasicSupportView(BasicSupportProfiles profiles, SchoolDirectory schools, SupportCategories categories) {
        this.profiles = profiles;
        this.schools = schools;
        this.categories = categories;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        standard = new CheckboxGroup<>();
        school = new ComboBox<>();
        sop = new CheckboxGroup<>();
        overview = new Grid<>(SchoolSummary.class, false);
        this.active = categories.active();
        addClassName("page");
        Map<UUID, SupportCategory> byId =
                active.stream().collect(Collectors.toMap(SupportCategory::id, Function.identity()));

        standard.setId("support-standard");
        standard.setLabel(getTranslation("admin.support.standard"));
        standard.setItems(active);
        standard.setItemLabelGenerator(
                c -> c.name() + (c.nationalMinimum() ? " " + getTranslation("admin.support.nationalMinimum") : ""));
        standard.addClassName("support-columns");
        Button saveStandard = new SaveButton(getTranslation("admin.common.save"), () -> saveStandard());
        saveStandard.setId("support-standard-save");
        saveStandard.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout standardCard = new VerticalLayout(standard, saveStandard);
        standardCard.addClassNames("card", "admin-card");

        school.setId("support-school");
        school.setLabel(getTranslation("admin.support.school"));
        school.setPlaceholder(getTranslation("admin.support.chooseSchool"));
        school.setItemLabelGenerator(s -> s.name() + " (" + s.code() + ")");
        school.setWidth("min(480px, 100%)");
        school.addValueChangeListener(e -> loadSop());
        sop.setId("support-sop");
        sop.setLabel(getTranslation("admin.support.sop"));
        sop.setItems(active);
        sop.setItemLabelGenerator(SupportCategory::name);
        sop.addClassName("support-columns");
        sop.setEnabled(false);
        Button saveSop = new SaveButton(getTranslation("admin.common.save"), () -> saveSop());
        saveSop.setId("support-sop-save");
        saveSop.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout sopCard = new VerticalLayout(school, sop, saveSop);
        sopCard.addClassNames("card", "admin-card");

        overview.setId("support-overview");
        overview.addColumn(SchoolSummary::name)
                .setHeader(getTranslation("schools.name"))
                .setFlexGrow(1);
        overview.addColumn(s -> gapsText(s, byId))
                .setHeader(getTranslation("admin.support.gaps"))
                .setFlexGrow(2);
        overview.addThemeVariants(
                GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        overview.setAllRowsVisible(true);

        add(
                new H1(getTranslation("admin.support.title")),
                new Paragraph(getTranslation("admin.support.intro")),
                standardCard,
                sopCard,
                new H2(getTranslation("admin.support.overview")),
                overview);
        refresh();
    }

    private String gapsText(SchoolSummary s, Map<UUID, SupportCategory> byId) {
        Set<UUID> covered = coverage.get(s.id());
        if (covered == null) {
            return getTranslation("admin.support.noProfile");
        }
        List<String> gaps = standardIds.stream()
                .filter(id -> !covered.contains(id))
                .map(byId::get)
                .filter(java.util.Objects::nonNull)
                .map(SupportCategory::name)
                .sorted()
                .toList();
        return gaps.isEmpty() ? getTranslation("admin.support.allCovered") : String.join(", ", gaps);
    }

    private void refresh() {
        Coverage current = profiles.standardCoverage();
        standardVersion = current.version();
        standardIds = current.categoryIds();
        standard.setValue(active.stream().filter(c -> current.covers(c.id())).collect(Collectors.toSet()));
        List<SchoolSummary> open =
                schools.all().stream().filter(SchoolSummary::open).toList();
        school.setItems(open);
        coverage = profiles.coverageBySchool();
        overview.setItems(open);
    }

    private void loadSop() {
        SchoolSummary chosen = school.getValue();
        sop.setEnabled(chosen != null);
        if (chosen == null) {
            sop.clear();
            return;
        }
        Coverage c = profiles.coverageOf(chosen.id());
        sopVersion = c.version();
        sop.setValue(active.stream().filter(cat -> c.covers(cat.id())).collect(Collectors.toSet()));
    }

    private void saveStandard() {
        profiles.setStandard(
                standard.getValue().stream().map(SupportCategory::id).toList(), standardVersion);
        Notices.success(getTranslation("admin.common.saved"));
        refresh();
    }

    private void saveSop() {
        SchoolSummary chosen = school.getValue();
        if (chosen == null) {
            return;
        }
        sopVersion = profiles.setCoverage(
                        chosen.id(),
                        sop.getValue().stream().map(SupportCategory::id).toList(),
                        sopVersion)
                .version();
        Notices.success(getTranslation("admin.common.saved"));
        coverage = profiles.coverageBySchool();
        overview.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("admin.support.title"));
    }
}
