package nl.uitzicht.ui.budget;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import nl.uitzicht.audit.Actor;
import nl.uitzicht.budget.ArrangementBudgets;
import nl.uitzicht.budget.BudgetTotals;
import nl.uitzicht.budget.SchoolBudget;
import nl.uitzicht.dashboard.SchoolYear;
import nl.uitzicht.identity.Role;
import nl.uitzicht.security.CurrentUser;
import nl.uitzicht.security.SignedInUser;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.Latin1Html;
import nl.uitzicht.ui.kit.Money;
import nl.uitzicht.ui.kit.PageText;

/**
 * Arrangement budgets per school for a school year, next to what the region's decisions granted for arrangements that
 * start in it (ADR 0095). A lazy grid: the page is read when shown; clicking a school opens its budget to edit. The
 * view keeps the chosen year only.
 */
@Route(value = "budgetten", layout = MainLayout.class)
@Menu(title = "budget.nav", order = 52, icon = "vaadin:euro")
@RolesAllowed({Role.CASE_MANAGER_NAME, Role.REGION_ADMIN_NAME})
class BudgetView extends FreshPage implements HasDynamicTitle {

    /** School years offered: the next one (budgets are set ahead) and five back. */
    private static final int YEARS_BACK = 5;

    private final ArrangementBudgets budgets;
    private Actor actor;
    Select<SchoolYear> year;
    Grid<SchoolBudget> grid;
    private Div totals;

    private final CurrentUser currentUser;
    private final Clock clock;

    BudgetView(ArrangementBudgets budgets, CurrentUser currentUser, Clock clock) {
        this.budgets = budgets;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        year = new Select<>();
        grid = new Grid<>();
        totals = new Div();
        SignedInUser user = currentUser.require();
        this.actor = new Actor(user.accountId(), user.displayName());
        addClassName("page");
        LocalDate today = LocalDate.now(clock);
        List<SchoolYear> years = new ArrayList<>();
        years.add(new SchoolYear(SchoolYear.of(today).startYear() + 1));
        years.addAll(SchoolYear.upTo(today, YEARS_BACK + 1));
        year.setLabel(getTranslation("budget.year"));
        year.setId("budget-year");
        year.setItems(years);
        year.setItemLabelGenerator(y -> getTranslation("budget.yearItem", y.label()));
        year.setValue(SchoolYear.of(today));
        year.setMinWidth("15em");
        year.addValueChangeListener(e -> refresh());
        totals.setId("budget-totals");
        totals.addClassName("card");

        grid.setId("budget-grid");
        grid.setEmptyStateText(getTranslation("budget.empty"));
        grid.addColumn(SchoolBudget::schoolName)
                .setHeader(getTranslation("budget.school"))
                .setWidth("14em")
                .setFlexGrow(3);
        grid.addColumn(b -> Money.euros(this, b.budgetAmount())).setHeader(getTranslation("budget.amount"));
        grid.addColumn(b -> Money.euros(this, b.grantedAmount())).setHeader(getTranslation("budget.grantedAmount"));
        grid.addColumn(b -> Money.euros(this, b.remainingAmount())).setHeader(getTranslation("budget.remainingAmount"));
        grid.addColumn(b -> Money.hours(this, b.budgetHours())).setHeader(getTranslation("budget.hours"));
        grid.addColumn(b -> Money.hours(this, b.grantedHours())).setHeader(getTranslation("budget.grantedHours"));
        grid.addColumn(b -> Money.hours(this, b.remainingHours())).setHeader(getTranslation("budget.remainingHours"));
        grid.addColumn(SchoolBudget::arrangements).setHeader(getTranslation("budget.arrangements"));
        grid.setPartNameGenerator(b -> b.overBudget() ? "over-budget" : null);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setItems(
                query -> budgets.page(year.getValue().startYear(), query.getOffset(), query.getLimit()).stream(),
                query -> budgets.count(year.getValue().startYear()));
        add(new H1(getTranslation("budget.title")), PageText.muted(getTranslation("budget.intro")), year, totals, grid);
        showTotals();
    }

    private void edit(SchoolBudget line) {
        // Read again when opened: the grid's row may be older than the budget.
        SchoolBudget current = budgets.of(line.schoolId(), line.schoolYear());
        new BudgetDialog(
                        current,
                        input -> budgets.set(actor, current.schoolId(), current.schoolYear(), input, current.version()),
                        this::refresh)
                .open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showTotals();
    }

    /** The year's sums as one element's markup (ADR 0090). */
    private void showTotals() {
        BudgetTotals t = budgets.totals(year.getValue().startYear());
        totals.getElement()
                .setProperty(
                        "innerHTML",
                        "<p>"
                                + Latin1Html.escape(getTranslation(
                                        "budget.totals",
                                        year.getValue().label(),
                                        Money.euros(this, t.budgetAmount()),
                                        Money.hours(this, t.budgetHours()),
                                        Money.euros(this, t.grantedAmount()),
                                        Money.hours(this, t.grantedHours()),
                                        t.arrangements()))
                                + "</p>");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("budget.title"));
    }
}
