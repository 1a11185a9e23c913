package nl.uitzicht.ui.schoolyear;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.identity.Role;
import nl.uitzicht.retention.RetentionJob;
import nl.uitzicht.schoolyear.SchoolYearRollover;
import nl.uitzicht.schoolyear.SchoolYearSetup;
import nl.uitzicht.security.CurrentUser;
import nl.uitzicht.security.SignedInUser;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.FreshPage;

/**
 * The school year of the region (issue 14 point 6): when groups move up and how long files are kept, the
 * rollover's dry run and run, and the retention job's dry run and run. Region admins only.
 */
@Route(value = "schooljaar", layout = MainLayout.class)
@Menu(title = "nav.admin.schoolYear", order = 18, icon = "vaadin:calendar")
@RolesAllowed(Role.REGION_ADMIN_NAME)
class SchoolYearView extends FreshPage implements HasDynamicTitle {

    private final SchoolYearSetup setup;
    private final SchoolYearRollover rollover;
    private final RetentionJob retention;
    private final CurrentUser currentUser;
    private final Clock clock;

    SchoolYearView(
            SchoolYearSetup setup,
            SchoolYearRollover rollover,
            RetentionJob retention,
            CurrentUser currentUser,
            Clock clock) {
        this.setup = setup;
        this.rollover = rollover;
        this.retention = retention;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        addClassName("page");
        SignedInUser user = currentUser.require();
        Actor actor = new Actor(user.accountId(), user.displayName());
        add(
                new H1(getTranslation("schoolyear.title")),
                new Paragraph(getTranslation("schoolyear.intro")),
                new SettingsCard(setup, actor),
                new RolloverCard(rollover, actor),
                new RetentionCard(retention, actor));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("schoolyear.title"));
    }
}
