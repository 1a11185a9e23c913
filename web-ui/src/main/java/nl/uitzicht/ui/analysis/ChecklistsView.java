package nl.uitzicht.ui.analysis;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import nl.uitzicht.analysis.Analyst;
import nl.uitzicht.analysis.Checklist;
import nl.uitzicht.analysis.ChecklistItem;
import nl.uitzicht.analysis.Checklists;
import nl.uitzicht.identity.Role;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.PageText;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.ui.kit.UnsavedChanges;
import nl.uitzicht.validation.InvalidInput;

/** The region's checklists: read them, copy one, and edit an item (which makes a new version). */
@Route(value = "analyse/checklists", layout = MainLayout.class)
@Menu(title = "analysis.nav.checklists", order = 41, icon = "vaadin:list-ol")
@RolesAllowed({Role.TRAINER_NAME, Role.REGION_ADMIN_NAME})
class ChecklistsView extends FreshPage implements HasDynamicTitle {

    private final Checklists checklists;
    private Analyst analyst;
    private final UnsavedChanges changes = new UnsavedChanges(this);

    private final Analysts analysts;

    ChecklistsView(Checklists checklists, Analysts analysts) {
        this.checklists = checklists;
        this.analysts = analysts;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        this.analyst = analysts.current();
        addClassName("page");
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("analysis.checklists.title")));
        Paragraph intro = PageText.muted(getTranslation("analysis.checklists.intro"));
        add(intro);
        for (Checklist c : checklists.current()) {
            Div card = new Div();
            card.addClassNames("card", "analysis-wide");
            card.add(new H2(getTranslation("analysis.checklist.label", c.name(), c.versionNo())));
            Grid<ChecklistItem> grid = new Grid<>();
            grid.setAllRowsVisible(true);
            grid.addColumn(i -> c.position(i.code()))
                    .setHeader("#")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            grid.addColumn(i -> getTranslation("analysis.part." + i.part()))
                    .setHeader(getTranslation("analysis.part"))
                    .setAutoWidth(true);
            grid.addColumn(ChecklistItem::statement)
                    .setHeader(getTranslation("analysis.item"))
                    .setFlexGrow(3);
            grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(i -> {
                Div levels = new Div();
                for (int s = 0; s <= ChecklistItem.MAX_SCORE; s++) {
                    levels.add(new Paragraph(s + " – " + i.level(s)));
                }
                return levels;
            }));
            grid.addComponentColumn(i -> editButton(c, i))
                    .setHeader(getTranslation("analysis.checklist.edit"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            grid.setItems(c.items());
            TextField copyName = new TextField();
            copyName.setPlaceholder(getTranslation("analysis.checklist.copyName"));
            Button copy = new Button(getTranslation("analysis.checklist.copy"), VaadinIcon.COPY.create(), e -> {
                try {
                    checklists.copy(analyst, c.id(), copyName.getValue());
                    Notices.success(getTranslation("analysis.checklist.copied"));
                    render();
                } catch (InvalidInput ex) {
                    copyName.setErrorMessage(
                            InputErrors.text(this, ex.problems().getFirst()));
                    copyName.setInvalid(true);
                }
            });
            copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            changes.watch(copyName);
            Div actions = new Div(copyName, copy);
            actions.addClassName("analysis-facts");
            card.add(grid, actions);
            add(card);
        }
    }

    /** An icon-only button: its accessible name says which item it edits. */
    private Button editButton(Checklist checklist, ChecklistItem item) {
        Button edit = new Button(
                VaadinIcon.EDIT.create(), e -> editDialog(checklist, item).open());
        edit.setAriaLabel(getTranslation("analysis.checklist.editItem", checklist.position(item.code())));
        edit.setTooltipText(edit.getAriaLabel().orElse(""));
        return edit;
    }

    private Dialog editDialog(Checklist checklist, ChecklistItem item) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("analysis.checklist.editItem", checklist.position(item.code())));
        TextArea statement = new TextArea(getTranslation("analysis.item"));
        statement.setValue(item.statement());
        statement.setMaxLength(300);
        statement.setWidthFull();
        List<TextArea> levels = new ArrayList<>();
        for (int s = 0; s <= ChecklistItem.MAX_SCORE; s++) {
            TextArea level = new TextArea(getTranslation("analysis.checklist.level", s));
            level.setValue(item.level(s));
            level.setWidthFull();
            levels.add(level);
        }
        UnsavedChanges typed = UnsavedChanges.of(dialog);
        typed.watch(statement);
        typed.watch(levels);
        Paragraph version = PageText.muted(getTranslation("analysis.checklist.newVersion", checklist.versionNo() + 1));
        Button save = new SaveButton(getTranslation("analysis.save"), () -> {
            List<ChecklistItem> items = new ArrayList<>(checklist.items());
            items.set(
                    items.indexOf(item),
                    new ChecklistItem(
                            item.code(),
                            item.part(),
                            statement.getValue(),
                            levels.get(0).getValue(),
                            levels.get(1).getValue(),
                            levels.get(2).getValue()));
            try {
                checklists.edit(analyst, checklist.id(), checklist.version(), checklist.name(), items);
                dialog.close();
                Notices.success(getTranslation("analysis.checklist.saved"));
                render();
            } catch (InvalidInput ex) {
                statement.setErrorMessage(InputErrors.text(this, ex.problems().getFirst()));
                statement.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(statement);
        levels.forEach(dialog::add);
        dialog.add(version);
        dialog.getFooter().add(new Button(getTranslation("analysis.cancel"), e -> typed.cancel()), save);
        dialog.setWidth("min(640px, 95vw)");
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("analysis.checklists.title"));
    }
}
