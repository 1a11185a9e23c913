package nl.uitzicht.ui.operator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.export.RegionOffboarding;
import nl.uitzicht.identity.Role;
import nl.uitzicht.invitation.Invitations;
import nl.uitzicht.provisioning.RegionLifecycle;
import nl.uitzicht.security.CurrentUser;
import nl.uitzicht.security.SignedInUser;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.RegionStatus;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.Confirm;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.validation.InvalidInput;

/** The platform operator's regions: create, suspend, reactivate, invite the first admin, delete. */
@Route(value = "regios", layout = MainLayout.class)
@Menu(title = "nav.regions", order = 90, icon = "vaadin:globe")
@RolesAllowed(Role.OPERATOR_NAME)
class OperatorRegionsView extends FreshPage implements HasDynamicTitle {

    private final RegionDirectory regions;
    private final RegionLifecycle lifecycle;
    private final Invitations invitations;
    private final RegionOffboarding offboarding;
    private SignedInUser user;
    private Grid<Region> grid;

    private final CurrentUser currentUser;

    OperatorRegionsView(
            RegionDirectory regions,
            RegionLifecycle lifecycle,
            Invitations invitations,
            RegionOffboarding offboarding,
            CurrentUser currentUser) {
        this.regions = regions;
        this.lifecycle = lifecycle;
        this.invitations = invitations;
        this.offboarding = offboarding;
        this.currentUser = currentUser;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        grid = new Grid<>(Region.class, false);
        this.user = currentUser.require();
        addClassName("page");
        configureGrid();
        add(
                new H1(getTranslation("admin.region.title")),
                new Paragraph(getTranslation("admin.region.intro")),
                createForm(),
                grid);
        refresh();
    }

    private Div createForm() {
        TextField code = new TextField(getTranslation("admin.region.code"));
        code.setHelperText(getTranslation("admin.region.code.helper"));
        code.setId("region-code");
        code.setMaxLength(10);
        TextField name = new TextField(getTranslation("admin.region.name"));
        name.setId("region-name");
        name.setMaxLength(120);
        Select<Sector> sector = new Select<>();
        sector.setLabel(getTranslation("admin.region.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> getTranslation("sector." + s.name()));
        sector.setValue(Sector.PO);
        sector.setId("region-sector");
        Button create = new SaveButton(getTranslation("admin.region.create"), () -> {
            code.setInvalid(false);
            name.setInvalid(false);
            try {
                Region region = lifecycle.create(code.getValue(), name.getValue(), sector.getValue(), actor());
                Notices.success(getTranslation("admin.region.created", region.getCode()));
                code.clear();
                name.clear();
                refresh();
                new InviteAdminDialog(region, invitations, actor()).open();
            } catch (InvalidInput ex) {
                InputErrors.show(this, ex, Map.of("code", code, "name", name));
            }
        });
        create.setId("region-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(code, name, sector);
        Div card = new Div(new H2(getTranslation("admin.region.new")), form, create);
        card.addClassNames("card", "admin-card");
        return card;
    }

    private Actor actor() {
        return new Actor(user.accountId(), user.displayName());
    }

    private void configureGrid() {
        grid.setId("regions");
        grid.addColumn(Region::getCode)
                .setHeader(getTranslation("regions.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Region::getName)
                .setHeader(getTranslation("regions.name"))
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation("sector." + r.getSector().name()))
                .setHeader(getTranslation("regions.sector"))
                .setFlexGrow(1);
        grid.addColumn(r -> getTranslation("regionstatus." + r.getStatus().name()))
                .setHeader(getTranslation("regions.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("admin.common.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
    }

    private HorizontalLayout actions(Region region) {
        HorizontalLayout actions = new HorizontalLayout();
        Button invite = new Button(
                getTranslation("admin.region.inviteAdmin"),
                e -> new InviteAdminDialog(region, invitations, actor()).open());
        invite.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        invite.setEnabled(region.isActive());
        actions.add(invite);
        if (!region.isEnded()) {
            Button status = new Button(
                    getTranslation(region.isActive() ? "admin.region.suspend" : "admin.region.reactivate"),
                    e -> toggle(region));
            status.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            status.setId("region-status-" + region.getCode());
            actions.add(status);
        }
        if (region.getStatus() == RegionStatus.SUSPENDED) {
            Button end = new Button(getTranslation("admin.region.end"), e -> end(region));
            end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            end.setId("region-end-" + region.getCode());
            actions.add(end);
        }
        if (region.isEnded()) {
            Button delete = new Button(
                    getTranslation("admin.region.delete"),
                    e -> new DeleteRegionDialog(region, offboarding, actor(), this::refresh).open());
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            delete.setId("region-delete-" + region.getCode());
            actions.add(delete);
        }
        return actions;
    }

    private void end(Region region) {
        Confirm.destructive(
                getTranslation("admin.region.end"),
                getTranslation("admin.region.end.confirm", region.getCode()),
                getTranslation("admin.region.end"),
                getTranslation("admin.common.cancel"),
                () -> {
                    lifecycle.end(region.getId(), actor());
                    Notices.success(getTranslation("admin.region.ended", region.getCode()));
                    refresh();
                });
    }

    private void toggle(Region region) {
        if (region.isActive()) {
            lifecycle.suspend(region.getId(), actor());
            Notices.success(getTranslation("admin.region.suspended", region.getCode()));
        } else {
            lifecycle.reactivate(region.getId(), actor());
            Notices.success(getTranslation("admin.region.reactivated", region.getCode()));
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(regions.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("admin.region.title"));
    }
}
