package nl.uitzicht.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.internal.AllowInert;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.dom.DisabledUpdateMode;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import nl.uitzicht.failure.Failures;
import nl.uitzicht.identity.Role;
import nl.uitzicht.identity.SchoolLeaders;
import nl.uitzicht.security.CurrentUser;
import nl.uitzicht.security.DatabaseAway;
import nl.uitzicht.security.SignedInUser;
import org.jspecify.annotations.Nullable;

/**
 * The shell: the region and person at the top, navigation by role in the drawer (a view appears
 * only if the person may open it), the language choice and logout. A person with several regions
 * who has not chosen one yet is sent to the region choice first.
 *
 * <p>Vaadin keeps this layout while the person moves between pages (ADR 0100), so the header and the menu are drawn
 * at navigation, again whenever the person behind the session is another than the one they were drawn for (another
 * region chosen, another person signed in in the same tab).
 */
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver, AfterNavigationObserver {

    /** The school mirror's route: shown to trainers, and to school staff only when they lead a school (ADR 0098). */
    static final String MIRROR_PATH = "/spiegel";

    private final CurrentUser currentUser;
    private final SchoolLeaders leaders;
    private final DatabaseAway away;
    private final AuthenticationContext authentication;
    private final SideNav nav = new SideNav();
    private final HorizontalLayout header = new HorizontalLayout();
    /** The person the header and menu show; not drawn yet while empty. */
    private Optional<SignedInUser> drawnFor = Optional.empty();
    /** False when a menu entry was left out because the database could not be asked: drawn again next time. */
    private boolean menuComplete = true;

    private static final long LEADERS_RETRY_NANOS = 10_000_000_000L;
    private static final long LEADERS_FRESH_NANOS = 60_000_000_000L;

    public MainLayout(
            CurrentUser currentUser, AuthenticationContext authentication, SchoolLeaders leaders, DatabaseAway away) {
        this.away = away;
        this.currentUser = currentUser;
        this.leaders = leaders;
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        header.addClassName("app-header");
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        addToNavbar(new DrawerToggle(), header);
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("drawer-tagline");
        nav.setId("main-nav");
        addToDrawer(brand(), nav, tagline);
        // The content area scrolls: keyboard users must be able to reach it even on a page without a field or
        // link in view (axe "scrollable-region-focusable"), so it takes part in the tab order.
        getElement()
                .executeJs("const c = this.shadowRoot && this.shadowRoot.querySelector('[part=content]');"
                        + " if (c) { c.tabIndex = 0; }");
    }

    private Component brand() {
        H1 title = new H1(getTranslation("app.name"));
        title.addClassNames("app-title", "drawer-tagline");
        return title;
    }

    /** The header and the menu for this person, unless they show this person already. */
    private void drawFor(Optional<SignedInUser> person) {
        if (drawnFor.equals(person) && header.getComponentCount() > 0 && menuComplete) {
            return;
        }
        drawnFor = person;
        menuComplete = true;
        header.removeAll();
        fillHeader(person.orElse(null));
        nav.removeAll();
        buildNavigation(person.orElse(null));
    }

    private void fillHeader(@Nullable SignedInUser user) {
        Span region = new Span();
        region.setId("current-region");
        region.addClassName("region-badge");
        Span regionLabel = new Span(getTranslation("shell.region") + ":");
        regionLabel.addClassName("region-label");
        if (user != null && user.region() != null) {
            region.setText(user.region().regionName());
        } else if (user != null && user.operator()) {
            region.setText(getTranslation("shell.operator"));
            regionLabel.setVisible(false);
        }
        Span spacer = new Span();
        header.add(regionLabel, region, spacer);
        header.setFlexGrow(1, spacer);
        if (user != null && user.canSwitchRegion()) {
            Button switchRegion = new Button(
                    getTranslation("shell.switchRegion"),
                    VaadinIcon.EXCHANGE.create(),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(RegionChoiceView.class)));
            switchRegion.setId("switch-region");
            switchRegion.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            header.add(switchRegion);
        }
        Span name = new Span(user != null ? user.displayName() : "");
        name.setId("current-user");
        name.addClassName("user-name");
        Button logout =
                new Button(getTranslation("shell.logout"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        // an error page can be shown to a visitor who is not signed in
        logout.setVisible(user != null);
        header.add(name, new LanguageSelect(), logout);
    }

    private void buildNavigation(@Nullable SignedInUser user) {
        MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> shown(entry, user))
                .forEach(entry -> {
                    SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
                    if (entry.icon() != null) {
                        item.setPrefixComponent(new Icon(entry.icon()));
                    }
                    nav.addItem(item);
                });
    }

    /**
     * Whether a menu entry the person may open is shown: all of them, except the school mirror for school staff
     * who lead no school (they may open the route, which tells them so; the service shows them nothing).
     */
    private boolean shown(com.vaadin.flow.server.menu.MenuEntry entry, @Nullable SignedInUser user) {
        if (!MIRROR_PATH.equals(entry.path()) && !MIRROR_PATH.substring(1).equals(entry.path())) {
            return true;
        }
        return user != null && (user.has(Role.TRAINER) || (user.has(Role.SCHOOL_STAFF) && leadsASchool(user)));
    }

    /**
     * Whether the person leads a school. The menu is on every page and every error page: while the database is
     * away the error page must still render (else Vaadin shows its own English internal error, issue 22). So the
     * answer is kept in the session for {@link #LEADERS_FRESH_NANOS} (a new leader sees the mirror in the menu
     * within a minute, at the next page), and kept longer while the database is away ({@link DatabaseAway});
     * never known and the database away: the mirror is left out for now, not asked again for
     * {@link #LEADERS_RETRY_NANOS} (each ask waits for the pool), and the menu is drawn again later.
     */
    private boolean leadsASchool(SignedInUser user) {
        VaadinSession session = VaadinSession.getCurrent();
        LeaderCheck known = session == null ? null : session.getAttribute(LeaderCheck.class);
        long now = System.nanoTime();
        if (known != null && known.user().equals(user)) {
            if (known.leads() != null && (now - known.atNanos() < LEADERS_FRESH_NANOS || away.recently())) {
                return known.leads();
            }
            if (known.leads() == null && now - known.atNanos() < LEADERS_RETRY_NANOS) {
                menuComplete = false;
                return false;
            }
        }
        LeaderCheck check;
        try {
            check = new LeaderCheck(user, !leaders.ledBy(user.accountId()).isEmpty(), now);
        } catch (RuntimeException failure) {
            if (!Failures.isOutage(failure)) {
                throw failure;
            }
            away.down();
            if (known != null && known.user().equals(user) && known.leads() != null) {
                return known.leads();
            }
            check = new LeaderCheck(user, null, now);
            menuComplete = false;
        }
        if (session != null) {
            session.setAttribute(LeaderCheck.class, check);
        }
        return Boolean.TRUE.equals(check.leads());
    }

    /** Whether {@code user} leads a school, asked at {@code atNanos} ({@code leads} null: the database was away). */
    private record LeaderCheck(SignedInUser user, @Nullable Boolean leads, long atNanos)
            implements java.io.Serializable {}

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<SignedInUser> person = currentUser.find();
        person.filter(user -> !user.hasRegion() && !user.operator())
                .ifPresent(user -> event.forwardTo(RegionChoiceView.class));
        person.filter(MainLayout::onlyParent)
                .filter(user -> event.getLocation().getPath().isEmpty())
                .ifPresent(user -> event.forwardTo(PARENT_START));
        drawFor(person);
    }

    /**
     * After every navigation the browser answers at once with one small message. Vaadin keeps its last answer to a
     * UI (the whole new view, tens of kilobytes as a string) until the browser's next message, to answer a resent
     * one; an idle tab would hold it for the session's life. The acknowledgement replaces it by its own short
     * answer (issue 13, ADR 0105).
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        getElement().executeJs("setTimeout(() => this.$server.rendered())");
    }

    /**
     * The browser's acknowledgement of a navigation; the message itself is what counts. Accepted while a modal
     * dialog makes the shell inert and while the shell is disabled, so it never logs a refused call.
     */
    @ClientCallable(DisabledUpdateMode.ALWAYS)
    @AllowInert
    void rendered() {
        // nothing to do
    }

    /** The parents' start page ({@code nl.uitzicht.ui.parent}): their children instead of the staff's home. */
    static final String PARENT_START = "ouder";

    private static boolean onlyParent(SignedInUser user) {
        return user.hasRegion() && !user.operator() && user.roles().equals(java.util.Set.of(Role.PARENT));
    }
}
