package nl.uitzicht.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import nl.uitzicht.identity.Role;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.support.SupportCategory;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.validation.InvalidInput;

/** The region's list of support categories: rename, add, switch off or on. */
@Route(value = "ondersteuningscategorieen", layout = MainLayout.class)
@Menu(title = "nav.admin.categories", order = 14, icon = "vaadin:list")
@RolesAllowed(Role.REGION_ADMIN_NAME)
class SupportCategoriesView extends FreshPage implements HasDynamicTitle {

    private final SupportCategories categories;
    private Grid<SupportCategory> grid;

    SupportCategoriesView(SupportCategories categories) {
        this.categories = categories;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        grid = new Grid<>(SupportCategory.class, false);
        addClassName("page");
        TextField name = new TextField(getTranslation("admin.categories.new"));
        name.setId("category-new");
        name.setMaxLength(80);
        Button add = new Button(getTranslation("admin.categories.add"), e -> {
            try {
                categories.add(name.getValue());
                name.clear();
                name.setInvalid(false);
                refresh();
            } catch (InvalidInput ex) {
                InputErrors.show(this, ex, Map.of("name", name));
            }
        });
        add.setId("category-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout addRow = new HorizontalLayout(name, add);
        addRow.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

        grid.setId("categories");
        grid.addComponentColumn(this::nameField)
                .setHeader(getTranslation("admin.categories.name"))
                .setFlexGrow(3);
        grid.addColumn(c -> c.nationalMinimum() ? getTranslation("admin.categories.national") : "")
                .setHeader(getTranslation("admin.categories.national"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> getTranslation(c.active() ? "admin.common.yes" : "admin.common.no"))
                .setHeader(getTranslation("admin.categories.active"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::toggle)
                .setHeader(getTranslation("admin.common.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        add(
                new H1(getTranslation("admin.categories.title")),
                new Paragraph(getTranslation("admin.categories.intro")),
                addRow,
                grid);
        refresh();
    }

    private TextField nameField(SupportCategory category) {
        TextField field = new TextField();
        field.setValue(category.name());
        field.setWidthFull();
        field.setMaxLength(80);
        field.setAriaLabel(getTranslation("admin.categories.rename"));
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(category, e.getValue(), category.active(), field);
            }
        });
        return field;
    }

    private Button toggle(SupportCategory category) {
        Button b = new Button(
                getTranslation(category.active() ? "admin.categories.switchOff" : "admin.categories.switchOn"),
                e -> save(category, category.name(), !category.active(), null));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return b;
    }

    private void save(SupportCategory category, String name, boolean active, TextField field) {
        try {
            categories.update(category.id(), name, active, category.version());
            Notices.success(getTranslation("admin.common.saved"));
            refresh();
        } catch (InvalidInput e) {
            InputErrors.show(this, e, field == null ? Map.of() : Map.of("name", field));
        }
    }

    private void refresh() {
        grid.setItems(categories.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("admin.categories.title"));
    }
}
