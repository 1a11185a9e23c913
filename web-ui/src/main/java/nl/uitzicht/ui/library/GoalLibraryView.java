package nl.uitzicht.ui.library;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.goallibrary.GoalLibrary;
import nl.uitzicht.goallibrary.LibraryGoal;
import nl.uitzicht.identity.Role;
import nl.uitzicht.security.CurrentUser;
import nl.uitzicht.security.SignedInUser;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.support.SupportCategory;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.Notices;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The region's goal library: the region admin adds, edits, retires and brings back SMART(I) goals per category. */
@Route(value = "doelenbank", layout = MainLayout.class)
@Menu(title = "nav.admin.goalLibrary", order = 14.5, icon = "vaadin:book")
@RolesAllowed(Role.REGION_ADMIN_NAME)
class GoalLibraryView extends FreshPage implements HasDynamicTitle {

    private final GoalLibrary library;
    private List<SupportCategory> categories;
    private Actor actor;
    ComboBox<SupportCategory> filter;
    Grid<LibraryGoal> grid;

    private final SupportCategories supportCategories;
    private final CurrentUser currentUser;

    GoalLibraryView(GoalLibrary library, SupportCategories categories, CurrentUser currentUser) {
        this.library = library;
        this.supportCategories = categories;
        this.currentUser = currentUser;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        filter = new ComboBox<>();
        grid = new Grid<>();
        this.categories = supportCategories.all();
        SignedInUser user = currentUser.require();
        this.actor = new Actor(user.accountId(), user.displayName());
        addClassName("page");
        Map<UUID, String> names =
                this.categories.stream().collect(Collectors.toMap(SupportCategory::id, SupportCategory::name));
        filter.setLabel(getTranslation("library.filter"));
        filter.setId("library-filter");
        filter.setItems(this.categories);
        filter.setItemLabelGenerator(SupportCategory::name);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> refresh());
        Button add = new Button(getTranslation("library.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("library-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(filter, add);
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

        grid.setId("library-goals");
        grid.setEmptyStateText(getTranslation("library.empty"));
        grid.addColumn(LibraryGoal::title)
                .setHeader(getTranslation("library.goalTitle"))
                .setFlexGrow(2);
        grid.addColumn(LibraryGoal::goalText)
                .setHeader(getTranslation("library.goalText"))
                .setFlexGrow(4);
        grid.addColumn(g -> names.getOrDefault(g.supportCategoryId(), "?"))
                .setHeader(getTranslation("library.category"))
                .setFlexGrow(2);
        grid.addColumn(g -> getTranslation(g.retired() ? "library.retired" : "library.offered"))
                .setHeader(getTranslation("library.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("admin.common.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        add(new H1(getTranslation("library.title")), new Paragraph(getTranslation("library.intro")), bar, grid);
        refresh();
    }

    private HorizontalLayout actions(LibraryGoal goal) {
        Button edit = new Button(getTranslation("library.edit"), e -> edit(goal));
        edit.setId("library-edit-" + goal.id());
        Button retire = new Button(getTranslation(goal.retired() ? "library.bringBack" : "library.retire"), e -> {
            try {
                library.retire(actor, goal.id(), !goal.retired(), goal.version());
                Notices.success(getTranslation("admin.common.saved"));
            } catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
                Notices.error(getTranslation("admin.common.conflict"));
            }
            refresh();
        });
        retire.setId("library-retire-" + goal.id());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        retire.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(edit, retire);
    }

    private void edit(@Nullable LibraryGoal goal) {
        new LibraryGoalDialog(
                        categories,
                        goal,
                        filter.getValue(),
                        input -> goal == null
                                ? library.add(actor, input)
                                : library.update(actor, goal.id(), input, goal.version()),
                        this::refresh)
                .open();
    }

    private void refresh() {
        SupportCategory only = filter.getValue();
        grid.setItems(library.all().stream()
                .filter(g -> only == null || g.supportCategoryId().equals(only.id()))
                .toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("library.title"));
    }
}
