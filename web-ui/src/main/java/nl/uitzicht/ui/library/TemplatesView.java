package nl.uitzicht.ui.library;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.identity.Role;
import nl.uitzicht.opptemplate.OppTemplate;
import nl.uitzicht.opptemplate.OppTemplates;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.security.CurrentUser;
import nl.uitzicht.security.SignedInUser;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.support.SupportCategory;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.opp.StaffScopes;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * OPP templates: the region admin keeps the region's templates, school staff keep their schools' templates. A
 * new OPP can start from either (the start dialog offers them).
 */
@Route(value = "opp-sjablonen", layout = MainLayout.class)
@Menu(title = "nav.templates", order = 18, icon = "vaadin:copy-o")
@RolesAllowed({Role.REGION_ADMIN_NAME, Role.SCHOOL_STAFF_NAME})
class TemplatesView extends FreshPage implements HasDynamicTitle {

    private final OppTemplates templates;
    private List<SupportCategory> categories;
    private boolean regionAdmin;
    private Actor actor;
    private StaffScope scope;
    private List<SchoolSummary> schools;
    Grid<OppTemplate> grid;

    private final SupportCategories supportCategories;
    private final SchoolDirectory schoolDirectory;
    private final CurrentUser currentUser;
    private final StaffScopes scopes;

    TemplatesView(
            OppTemplates templates,
            SupportCategories categories,
            SchoolDirectory schoolDirectory,
            CurrentUser currentUser,
            StaffScopes scopes) {
        this.templates = templates;
        this.supportCategories = categories;
        this.schoolDirectory = schoolDirectory;
        this.currentUser = currentUser;
        this.scopes = scopes;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        grid = new Grid<>();
        this.categories = supportCategories.active();
        SignedInUser user = currentUser.require();
        this.regionAdmin = user.has(Role.REGION_ADMIN);
        this.actor = new Actor(user.accountId(), user.displayName());
        this.scope = scopes.current();
        this.schools = regionAdmin ? List.of() : schoolDirectory.byIds(scope.schoolIds());
        addClassName("page");
        Map<UUID, String> schoolNames =
                schools.stream().collect(Collectors.toMap(SchoolSummary::id, SchoolSummary::name));
        Button add = new Button(getTranslation("templates.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("template-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setEnabled(regionAdmin || !schools.isEmpty());
        grid.setId("templates");
        grid.setEmptyStateText(getTranslation("templates.empty"));
        grid.addColumn(OppTemplate::name)
                .setHeader(getTranslation("templates.name"))
                .setFlexGrow(3);
        grid.addColumn(t -> t.regionWide()
                        ? getTranslation("templates.regionWide")
                        : schoolNames.getOrDefault(t.schoolId(), ""))
                .setHeader(getTranslation("templates.for"))
                .setFlexGrow(2);
        grid.addColumn(t -> getTranslation(
                        "templates.counts",
                        t.hinderingFactors().size() + t.helpingFactors().size(),
                        t.goals().size(),
                        t.interventions().size()))
                .setHeader(getTranslation("templates.content"))
                .setFlexGrow(2);
        grid.addColumn(t -> getTranslation(t.retired() ? "library.retired" : "library.offered"))
                .setHeader(getTranslation("library.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("admin.common.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        add(
                new H1(getTranslation("templates.title")),
                new Paragraph(getTranslation(regionAdmin ? "templates.introRegion" : "templates.introSchool")),
                add,
                grid);
        refresh();
    }

    private HorizontalLayout actions(OppTemplate template) {
        Button edit = new Button(getTranslation("library.edit"), e -> edit(template));
        edit.setId("template-edit-" + template.id());
        Button retire = new Button(getTranslation(template.retired() ? "library.bringBack" : "library.retire"), e -> {
            try {
                if (regionAdmin) {
                    templates.retireRegionTemplate(actor, template.id(), !template.retired(), template.version());
                } else {
                    templates.retireSchoolTemplate(scope, template.id(), !template.retired(), template.version());
                }
                Notices.success(getTranslation("admin.common.saved"));
            } catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
                Notices.error(getTranslation("admin.common.conflict"));
            }
            refresh();
        });
        retire.setId("template-retire-" + template.id());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        retire.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(edit, retire);
    }

    private void edit(@Nullable OppTemplate template) {
        new TemplateDialog(
                        template,
                        schools,
                        categories,
                        (schoolId, input) -> {
                            if (regionAdmin) {
                                return template == null
                                        ? templates.addRegionTemplate(actor, input)
                                        : templates.updateRegionTemplate(
                                                actor, template.id(), input, template.version());
                            }
                            return template == null
                                    ? templates.addSchoolTemplate(scope, Objects.requireNonNull(schoolId), input)
                                    : templates.updateSchoolTemplate(scope, template.id(), input, template.version());
                        },
                        this::refresh)
                .open();
    }

    private void refresh() {
        grid.setItems(regionAdmin ? templates.regionTemplates() : templates.schoolTemplates(scope));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("templates.title"));
    }
}
