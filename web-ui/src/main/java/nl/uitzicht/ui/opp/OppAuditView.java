package nl.uitzicht.ui.opp;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.audit.AuditRecord;
import nl.uitzicht.identity.Role;
import nl.uitzicht.opp.OppAuditTrail;
import nl.uitzicht.time.ClockConfiguration;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.PageText;

/** For region admins: who viewed, changed, exported or recorded consent on one OPP; never its content. */
@Route(value = "opp/audit", layout = MainLayout.class)
@RolesAllowed(Role.REGION_ADMIN_NAME)
class OppAuditView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss").withZone(ClockConfiguration.ZONE);

    private final OppAuditTrail trail;

    OppAuditView(OppAuditTrail trail) {
        this.trail = trail;
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        UUID id;
        try {
            id = UUID.fromString(parameter);
        } catch (IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        List<AuditRecord> records = trail.of(id);
        removeAll();
        add(new H1(getTranslation("opp.audit.title")));
        Paragraph intro = PageText.muted(getTranslation("opp.audit.intro", id.toString(), records.size()));
        intro.setId("opp-audit-count");
        Grid<AuditRecord> grid = new Grid<>();
        grid.setId("opp-audit");
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> WHEN.format(r.occurredAt()))
                .setHeader(getTranslation("opp.audit.when"))
                .setAutoWidth(true);
        grid.addColumn(AuditRecord::actorName)
                .setHeader(getTranslation("opp.audit.who"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("opp.audit.action." + r.action()))
                .setHeader(getTranslation("opp.audit.what"));
        grid.addColumn(r -> r.detail() == null ? "" : r.detail()).setHeader(getTranslation("opp.audit.detail"));
        grid.setItems(records);
        add(intro, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("opp.audit.title"));
    }
}
