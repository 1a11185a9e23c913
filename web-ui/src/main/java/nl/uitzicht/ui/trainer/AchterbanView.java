package nl.uitzicht.ui.trainer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
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
import nl.uitzicht.achterban.AchterbanMap;
import nl.uitzicht.achterban.SharedStakeholder;
import nl.uitzicht.achterban.StakeholderStatus;
import nl.uitzicht.achterban.StakeholderView;
import nl.uitzicht.identity.Role;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.security.CurrentUser;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.Confirm;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.PageText;
import org.springframework.web.util.HtmlUtils;

/** The trainer's achterban map: stakeholders, an influence/interest grid, and the conversations held. */
@Route(value = "achterban", layout = MainLayout.class)
@Menu(title = "trainer.nav.achterban", order = 40, icon = "vaadin:users")
@RolesAllowed(Role.TRAINER_NAME)
class AchterbanView extends FreshPage implements HasDynamicTitle {

    private final AchterbanMap achterban;
    private UUID trainerId;
    private final SchoolDirectory schools;
    private Grid<StakeholderView> grid;
    private Div statusSummary;
    private Div gridHolder;
    private final Clock clock;

    private final CurrentUser currentUser;

    AchterbanView(AchterbanMap achterban, SchoolDirectory schoolDirectory, CurrentUser currentUser, Clock clock) {
        this.clock = clock;
        this.achterban = achterban;
        this.schools = schoolDirectory;
        this.currentUser = currentUser;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        grid = new Grid<>();
        statusSummary = new Div();
        gridHolder = new Div();
        this.trainerId = Trainer.id(currentUser);
        addClassName("page");
        addClassName("trainer-page");
        Paragraph intro = PageText.muted(getTranslation("achterban.intro"));
        Button add = new Button(
                getTranslation("achterban.add"),
                VaadinIcon.PLUS.create(),
                e -> new StakeholderDialog(null, schools.all(), draft -> achterban.add(trainerId, draft), this::refresh)
                        .open());
        add.setId("stakeholder-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        statusSummary.setId("achterban-summary");
        statusSummary.addClassName("status-summary");

        configureGrid();
        Div gridCard = new Div(new H2(getTranslation("achterban.grid.title")), gridHolder);
        gridCard.addClassName("card");
        HorizontalLayout head = new HorizontalLayout(new H2(getTranslation("achterban.list.title")), add);
        head.addClassName("card-head");
        Div listCard = new Div(head, grid);
        listCard.addClassName("card");
        add(
                new WorkspaceTabs(AchterbanView.class),
                new H1(getTranslation("achterban.title")),
                intro,
                statusSummary,
                listCard,
                gridCard);
        refresh();
    }

    private void configureGrid() {
        grid.setId("stakeholder-grid");
        grid.addColumn(StakeholderView::name)
                .setHeader(getTranslation("achterban.name"))
                .setWidth("11em")
                .setFlexGrow(2)
                .setSortable(true)
                .setFrozen(true);
        grid.addColumn(s -> getTranslation("achterban.kind." + s.kind().name()))
                .setHeader(getTranslation("achterban.kind"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.role() == null ? "" : s.role())
                .setHeader(getTranslation("achterban.role"))
                .setFlexGrow(1);
        grid.addColumn(LitRenderer.<StakeholderView>of(
                                "<span class=\"status-badge status-${item.status}\">${item.statusText}</span>")
                        .withProperty("status", s -> s.status().name().toLowerCase(Locale.ROOT))
                        .withProperty(
                                "statusText",
                                s -> getTranslation(
                                        "achterban.status." + s.status().name())))
                .setHeader(getTranslation("achterban.status"))
                .setAutoWidth(true);
        grid.addColumn(s ->
                        getTranslation("achterban.conversations.count", s.conversations(), s.conversationsWithOpps()))
                .setHeader(getTranslation("achterban.conversations"))
                .setAutoWidth(true);
        grid.addColumn(rowActions()).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("achterban.empty"));
    }

    /**
     * Edit, conversations and remove per row: one template for the grid, not three buttons per row on the
     * server (issue 13); the click finds the row's stakeholder.
     */
    private LitRenderer<StakeholderView> rowActions() {
        return LitRenderer.<StakeholderView>of("<vaadin-horizontal-layout theme=\"spacing\">"
                        + action("edit", "vaadin:edit", "achterban.edit", "")
                        + action("talks", "vaadin:comments-o", "achterban.conversations", "stakeholder-conversations")
                        + action("remove", "vaadin:trash", "trainer.remove", "")
                        + "</vaadin-horizontal-layout>")
                .withFunction("edit", this::edit)
                .withFunction(
                        "talks",
                        s -> new ConversationDialog(achterban, trainerId, s, LocalDate.now(clock), this::refresh)
                                .open())
                .withFunction("remove", this::confirmRemove);
    }

    private String action(String function, String icon, String labelKey, String className) {
        String label = HtmlUtils.htmlEscape(getTranslation(labelKey));
        String theme = "tertiary small icon" + (function.equals("remove") ? " error" : "");
        return "<vaadin-button theme=\"" + theme + "\" class=\"" + className + "\" aria-label=\"" + label
                + "\" title=\"" + label + "\" @click=\"${" + function + "}\"><vaadin-icon icon=\"" + icon
                + "\"></vaadin-icon></vaadin-button>";
    }

    private void edit(StakeholderView s) {
        new StakeholderDialog(
                        s,
                        schools.all(),
                        draft -> achterban.update(trainerId, s.id(), s.version(), draft),
                        this::refresh)
                .open();
    }

    private void confirmRemove(StakeholderView s) {
        Confirm.destructive(
                getTranslation("achterban.remove.title"),
                getTranslation("achterban.remove.text", s.name()),
                getTranslation("trainer.remove"),
                getTranslation("trainer.cancel"),
                () -> {
                    if (Feedback.attempt(this, java.util.Map.of(), () -> achterban.remove(trainerId, s.id()))) {
                        refresh();
                    }
                });
    }

    private void refresh() {
        List<StakeholderView> all = achterban.stakeholdersOf(trainerId);
        grid.setItems(all);
        statusSummary.removeAll();
        for (StakeholderStatus status : StakeholderStatus.values()) {
            long n = all.stream().filter(s -> s.status() == status).count();
            Span badge = statusBadge(status);
            badge.setText(getTranslation("achterban.status." + status.name()) + ": " + n);
            badge.getElement().setAttribute("data-status", status.name());
            statusSummary.add(badge);
        }
        gridHolder.removeAll();
        gridHolder.add(new InfluenceInterestGrid(all.stream()
                .map(s -> new SharedStakeholder(s.name(), s.kind(), s.status(), s.influence(), s.interest()))
                .toList()));
    }

    private Span statusBadge(StakeholderStatus status) {
        Span badge = new Span(getTranslation("achterban.status." + status.name()));
        badge.addClassNames("status-badge", "status-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("achterban.title"));
    }
}
