package nl.uitzicht.ui.opp;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.identity.Role;
import nl.uitzicht.opp.OppConflictException;
import nl.uitzicht.opp.OppLifecycle;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.opp.OppState;
import nl.uitzicht.opp.StartingPoint;
import nl.uitzicht.opptemplate.OppTemplates;
import nl.uitzicht.pupil.PupilInput;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.DatePickers;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.PageText;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.validation.InvalidInput;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.util.HtmlUtils;

/** The pupils of the staff member's schools: register one, and start or open their OPP. */
@Route(value = "leerlingen", layout = MainLayout.class)
@Menu(title = "opp.nav.pupils", order = 20, icon = "vaadin:child")
@RolesAllowed(Role.SCHOOL_STAFF_NAME)
class PupilsView extends FreshPage implements HasDynamicTitle {

    private final PupilRegister pupils;
    private final OppPlans plans;
    private final OppLifecycle lifecycle;
    private final OppTemplates templates;
    private final SchoolDirectory schoolDirectory;
    private final Clock clock;
    private StaffScope scope;
    private List<SchoolSummary> schools;
    private Grid<PupilSummary> grid;
    private Map<UUID, OppState> openStates = Map.of();

    private final StaffScopes scopes;

    PupilsView(
            PupilRegister pupils,
            OppPlans plans,
            OppLifecycle lifecycle,
            OppTemplates templates,
            SchoolDirectory schoolDirectory,
            StaffScopes scopes,
            Clock clock) {
        this.pupils = pupils;
        this.plans = plans;
        this.lifecycle = lifecycle;
        this.templates = templates;
        this.schoolDirectory = schoolDirectory;
        this.clock = clock;
        this.scopes = scopes;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        grid = new Grid<>();
        this.scope = scopes.current();
        this.schools = schoolDirectory.byIds(scope.schoolIds());
        addClassNames("page", "opp-page");
        add(new H1(getTranslation("opp.pupils.title")));
        Paragraph intro = PageText.muted(getTranslation("opp.pupils.intro"));
        add(intro, newPupilForm(), pupilGrid());
        refresh();
    }

    private Div newPupilForm() {
        Div card = new Div();
        card.addClassName("card");
        card.add(new H2(getTranslation("opp.pupils.new")));
        ComboBox<SchoolSummary> school = new ComboBox<>(getTranslation("opp.pupils.school"), schools);
        school.setItemLabelGenerator(SchoolSummary::name);
        school.setId("pupil-school");
        if (schools.size() == 1) {
            school.setValue(schools.get(0));
        }
        TextField name = new TextField(getTranslation("opp.pupils.name"));
        name.setId("pupil-name");
        name.setHelperText(getTranslation("opp.pupils.nameHelp"));
        name.setMaxLength(80);
        IntegerField birthYear = new IntegerField(getTranslation("opp.pupils.birthYear"));
        birthYear.setId("pupil-birth-year");
        TextField group = new TextField(getTranslation("opp.pupils.group"));
        group.setId("pupil-group");
        group.setMaxLength(20);
        DatePicker enrolled = DatePickers.of(this, "opp.pupils.enrolledOn", "pupil-enrolled");
        Map<String, com.vaadin.flow.component.HasValidation> fields =
                Map.of("name", name, "birthYear", birthYear, "group", group, "enrolledOn", enrolled, "school", school);
        Button add = new SaveButton(getTranslation("opp.pupils.add"), () -> {
            InputErrors.clear(fields);
            if (school.getValue() == null) {
                InputErrors.show(this, new InvalidInput("school", "opp.validation.required"), fields);
                return;
            }
            try {
                pupils.register(
                        scope,
                        school.getValue().id(),
                        new PupilInput(
                                name.getValue(), birthYear.getValue(), group.getValue(), enrolled.getValue(), null));
                name.clear();
                birthYear.clear();
                group.clear();
                enrolled.clear();
                Notices.success(getTranslation("opp.saved"));
                refresh();
            } catch (InvalidInput invalid) {
                InputErrors.show(this, invalid, fields);
            }
        });
        add.setId("pupil-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(school, name, birthYear, group, enrolled);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        card.add(form, add);
        return card;
    }

    private Grid<PupilSummary> pupilGrid() {
        grid.setId("pupil-grid");
        grid.setAllRowsVisible(true);
        Map<UUID, String> schoolNames =
                schools.stream().collect(Collectors.toMap(SchoolSummary::id, SchoolSummary::name));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PupilSummary::name)
                .setHeader(getTranslation("opp.pupils.name"))
                .setFlexGrow(1);
        grid.addColumn(PupilSummary::group)
                .setHeader(getTranslation("opp.pupils.group"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(PupilSummary::birthYear)
                .setHeader(getTranslation("opp.pupils.birthYear"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> schoolNames.getOrDefault(p.schoolId(), ""))
                .setHeader(getTranslation("opp.pupils.school"))
                .setWidth("12em")
                .setFlexGrow(2);
        grid.addColumn(p -> p.hasLeft()
                        ? getTranslation("opp.pupils.left", p.leftOn().format(DateTimeFormatter.ofPattern("d-M-yyyy")))
                        : "")
                .setHeader(getTranslation("opp.pupils.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(oppAction())
                .setHeader(getTranslation("opp.pupils.opp"))
                .setWidth("14em")
                .setFlexGrow(0);
        grid.addColumn(rowActions()).setWidth("13em").setFlexGrow(0);
        return grid;
    }

    /**
     * Open or start the pupil's OPP: one template for the grid, not a server-side button per row, so
     * the session holds no components per pupil and a click always finds its row (issue 13).
     */
    private LitRenderer<PupilSummary> oppAction() {
        return LitRenderer.<PupilSummary>of("<vaadin-button id=\"opp-for-${item.slug}\" theme=\"small ${item.theme}\""
                        + " ?disabled=\"${item.cannotStart}\" @click=\"${opp}\">${item.oppText}</vaadin-button>")
                .withProperty("slug", PupilsView::slug)
                .withProperty("theme", p -> openStates.containsKey(p.id()) ? "" : "primary")
                .withProperty("cannotStart", p -> !openStates.containsKey(p.id()) && p.hasLeft())
                .withProperty(
                        "oppText",
                        p -> openStates.containsKey(p.id())
                                ? getTranslation(
                                        "opp.pupils.openOpp", getTranslation("opp.state." + openStates.get(p.id())))
                                : getTranslation("opp.pupils.startOpp"))
                .withFunction("opp", this::openOrStart);
    }

    /** The click decides on what is stored now, not on what the row showed. */
    private void openOrStart(PupilSummary pupil) {
        plans.ofPupil(scope, pupil.id()).stream()
                .filter(o -> o.state().open())
                .findFirst()
                .ifPresentOrElse(open -> navigate(open.id()), () -> {
                    if (!pupil.hasLeft()) {
                        startDialog(pupil);
                    }
                });
    }

    private LitRenderer<PupilSummary> rowActions() {
        return LitRenderer.<PupilSummary>of("<vaadin-horizontal-layout theme=\"spacing-s\">"
                        + "<vaadin-button id=\"edit-${item.slug}\" theme=\"small tertiary\" @click=\"${edit}\">"
                        + HtmlUtils.htmlEscape(getTranslation("opp.pupils.edit"))
                        + "</vaadin-button>"
                        + "<vaadin-button id=\"leave-${item.slug}\" theme=\"small tertiary\" ?hidden=\"${item.left}\""
                        + " @click=\"${leave}\">"
                        + HtmlUtils.htmlEscape(getTranslation("opp.leave.button"))
                        + "</vaadin-button></vaadin-horizontal-layout>")
                .withProperty("slug", PupilsView::slug)
                .withProperty("left", PupilSummary::hasLeft)
                .withFunction("edit", p -> new PupilEditDialog(pupils, scope, p, this::refresh).open())
                .withFunction("leave", this::leaveDialog);
    }

    private static String slug(PupilSummary pupil) {
        return pupil.name().replaceAll("[^A-Za-z0-9]", "");
    }

    /** Asks when the extra support started, then starts the plan and opens it. */
    private void startDialog(PupilSummary pupil) {
        new StartOppDialog(
                        pupil,
                        LocalDate.now(clock),
                        null,
                        plans.previousPlan(scope, pupil.id()).orElse(null),
                        templates.offered(scope),
                        (date, from, fields) -> {
                            try {
                                StartingPoint start = switch (from.kind()) {
                                    case EMPTY -> StartingPoint.empty();
                                    case PREVIOUS_PLAN ->
                                        new StartingPoint.FromPlan(plans.previousPlan(scope, pupil.id())
                                                .orElseThrow(() ->
                                                        new InvalidInput("startingPoint", "opp.start.error.noPrevious"))
                                                .oppId());
                                    case TEMPLATE ->
                                        templates.startingPoint(
                                                scope, java.util.Objects.requireNonNull(from.templateId()));
                                };
                                OppPlan started = plans.start(scope, pupil.id(), date, start);
                                navigate(started.id());
                                return true;
                            } catch (InvalidInput invalid) {
                                InputErrors.show(this, invalid, fields);
                                return false;
                            }
                        })
                .open();
    }

    private void leaveDialog(PupilSummary pupil) {
        if (pupil.hasLeft()) {
            return;
        }
        boolean hasOpenOpp = plans.ofPupil(scope, pupil.id()).stream()
                .anyMatch(o -> o.state().open());
        List<SchoolSummary> others = schoolDirectory.all().stream()
                .filter(SchoolSummary::open)
                .filter(s -> !s.id().equals(pupil.schoolId()))
                .toList();
        new LeaveSchoolDialog(pupil, hasOpenOpp, others, LocalDate.now(clock), (input, fields) -> {
                    try {
                        lifecycle.pupilLeaves(scope, pupil.id(), pupil.version(), input);
                        Notices.success(getTranslation("opp.saved"));
                        refresh();
                        return true;
                    } catch (InvalidInput invalid) {
                        InputErrors.show(this, invalid, fields);
                    } catch (OptimisticLockingFailureException | OppConflictException changed) {
                        Notices.error(getTranslation("opp.pupils.edit.conflict"));
                    }
                    return false;
                })
                .open();
    }

    private void navigate(UUID oppId) {
        getUI().ifPresent(ui -> ui.navigate(OppEditorView.class, oppId.toString()));
    }

    private void refresh() {
        openStates = plans.openStatesByPupil(scope);
        grid.setItems(pupils.list(scope));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("opp.pupils.title"));
    }
}
