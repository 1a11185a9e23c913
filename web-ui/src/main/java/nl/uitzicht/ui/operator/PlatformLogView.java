package nl.uitzicht.ui.operator;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import nl.uitzicht.audit.PlatformLog;
import nl.uitzicht.audit.PlatformRecord;
import nl.uitzicht.identity.Role;
import nl.uitzicht.time.ClockConfiguration;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.PageText;

/**
 * The platform's own log for the operator: what operators and region administrators did to regions,
 * invitations, roles, sign-in settings and exports, newest first (read page by page), also for
 * regions that were purged.
 */
@Route(value = "platformlogboek", layout = MainLayout.class)
@Menu(title = "nav.platformLog", order = 91, icon = "vaadin:records")
@RolesAllowed(Role.OPERATOR_NAME)
class PlatformLogView extends FreshPage implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss").withZone(ClockConfiguration.ZONE);

    private final PlatformLog log;

    PlatformLogView(PlatformLog log) {
        this.log = log;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        addClassName("page");
        Paragraph intro = PageText.muted(getTranslation("platformlog.intro"));
        Grid<PlatformRecord> grid = new Grid<>();
        grid.setId("platform-log");
        grid.addColumn(r -> WHEN.format(r.occurredAt()))
                .setHeader(getTranslation("platformlog.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(PlatformRecord::actorName)
                .setHeader(getTranslation("platformlog.who"))
                .setFlexGrow(1);
        grid.addColumn(r -> getTranslation("platformlog.action." + r.action().name()))
                .setHeader(getTranslation("platformlog.what"))
                .setFlexGrow(1);
        grid.addColumn(r -> r.regionCode() == null ? "" : r.regionCode())
                .setHeader(getTranslation("platformlog.region"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.detail() == null ? "" : r.detail())
                .setHeader(getTranslation("platformlog.detail"))
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> log.page(query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(log.count(), Integer.MAX_VALUE));
        grid.setHeight("70vh");
        add(new H1(getTranslation("platformlog.title")), intro, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("platformlog.title"));
    }
}
