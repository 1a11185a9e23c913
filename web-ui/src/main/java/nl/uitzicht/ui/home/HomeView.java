package nl.uitzicht.ui.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.identity.RegionMembership;
import nl.uitzicht.identity.Role;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.opp.WorklistItem;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.requestwork.ExtensionDue;
import nl.uitzicht.requestwork.ExtensionsDue;
import nl.uitzicht.requestwork.OverdueRequests;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.school.SchoolTypeCount;
import nl.uitzicht.security.CurrentUser;
import nl.uitzicht.security.SignedInUser;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.PageText;
import nl.uitzicht.ui.region.RegionGrid;
import nl.uitzicht.ui.school.SchoolGrid;
import nl.uitzicht.ui.school.SchoolProfileGrid;

/**
 * The start page: one card per role the person holds in the region, each with real data; school staff see
 * their worklist first (the same one as on the OPP page, the first few items and a link to all).
 */
@Route(value = "", layout = MainLayout.class)
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@PermitAll
class HomeView extends FreshPage implements HasDynamicTitle {

    /** Items of the worklist shown on the start page; the OPP page lists all. */
    static final int WORKLIST_ITEMS = 5;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final SchoolDirectory schools;
    private final OppPlans plans;
    private final ExtensionsDue extensions;
    private final OverdueRequests overdue;
    private final Clock clock;

    private final CurrentUser currentUser;
    private final RegionDirectory regions;

    HomeView(
            CurrentUser currentUser,
            SchoolDirectory schools,
            RegionDirectory regions,
            OppPlans plans,
            ExtensionsDue extensions,
            OverdueRequests overdue,
            Clock clock) {
        this.schools = schools;
        this.plans = plans;
        this.extensions = extensions;
        this.overdue = overdue;
        this.clock = clock;
        this.currentUser = currentUser;
        this.regions = regions;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        addClassName("page");
        SignedInUser user = currentUser.require();
        add(new H1(getTranslation("home.welcome", user.displayName())));
        if (user.operator()) {
            add(card(
                    "operator",
                    getTranslation("home.operator.title"),
                    getTranslation("home.operator.intro"),
                    new RegionGrid(regions.all())));
        }
        RegionMembership region = user.region();
        if (region == null) {
            return;
        }
        Paragraph roles = new Paragraph(getTranslation(
                "home.roles",
                region.regionName(),
                region.roles().stream()
                        .map(r -> getTranslation("role." + r.name()))
                        .sorted()
                        .collect(Collectors.joining(", "))));
        roles.setId("home-roles");
        roles.addClassName("muted");
        add(roles);
        if (user.has(Role.REGION_ADMIN)) {
            add(card(
                    "admin",
                    getTranslation("home.admin.title"),
                    getTranslation("home.admin.intro", region.regionName()),
                    new SchoolGrid(schools.all())));
        }
        if (user.has(Role.SCHOOL_STAFF)) {
            add(worklistCard(user), staffCard(user));
        }
        if (user.has(Role.TRAINER)) {
            add(trainerCard(region));
        }
        if (user.has(Role.CASE_MANAGER)) {
            add(overdueCard(user));
        }
        if (user.has(Role.POLICY)) {
            add(card(
                    "policy",
                    getTranslation("home.policy.title"),
                    getTranslation("home.policy.intro"),
                    new SchoolProfileGrid(schools.profile())));
        }
    }

    private Component staffCard(SignedInUser user) {
        List<SchoolSummary> mine = schools.byIds(user.schoolIds());
        if (mine.isEmpty()) {
            return card("staff", getTranslation("home.staff.title"), getTranslation("home.staff.none"));
        }
        return card(
                "staff", getTranslation("home.staff.title"), getTranslation("home.staff.intro"), new SchoolGrid(mine));
    }

    /** The staff member's worklist: what needs them, most urgent first, each a link to its plan. */
    private Component worklistCard(SignedInUser user) {
        StaffScope scope = new StaffScope(new Actor(user.accountId(), user.displayName()), user.schoolIds());
        List<WorklistItem> work = plans.worklist(scope, LocalDate.now(clock));
        List<ExtensionDue> ending = extensions.forStaff(scope, LocalDate.now(clock));
        Div card = card(
                "worklist",
                getTranslation("home.worklist.title"),
                work.isEmpty() && ending.isEmpty()
                        ? getTranslation("home.worklist.empty")
                        : getTranslation("home.worklist.intro", work.size()));
        for (WorklistItem item : work.stream().limit(WORKLIST_ITEMS).toList()) {
            Div row = new Div();
            row.addClassName("opp-item");
            Anchor link = new Anchor(
                    "opp/plan/" + item.opp().id(),
                    item.opp().pupilName() + " (" + item.opp().group() + ")");
            Span why = new Span(getTranslation("opp.worklist." + item.reason()) + " \u00b7 "
                    + getTranslation("opp.worklist.due") + " " + DATE.format(item.dueOn()));
            why.addClassName("muted");
            row.add(new Div(link), new Div(why));
            card.add(row);
        }
        RequestWork.addExtensions(card, ending);
        if (!work.isEmpty()) {
            Anchor all = new Anchor("opp", getTranslation("home.worklist.all", work.size()));
            all.setId("home-worklist-all");
            card.add(new Div(all));
        }
        return card;
    }

    /** Items of the case manager's overdue list shown on the start page. */
    static final int OVERDUE_ITEMS = 10;

    /** For case managers: the region's requests past their decision term, the longest overdue first. */
    private Component overdueCard(SignedInUser user) {
        LocalDate today = LocalDate.now(clock);
        int total = overdue.count(today);
        Div card = card(
                "overdue",
                getTranslation("requestwork.overdueTitle"),
                total == 0
                        ? getTranslation("requestwork.overdueNone")
                        : getTranslation("requestwork.overdueIntro", total));
        return RequestWork.overdueCard(
                card,
                total == 0
                        ? List.of()
                        : overdue.list(new Actor(user.accountId(), user.displayName()), today, OVERDUE_ITEMS),
                total);
    }

    private Component trainerCard(RegionMembership region) {
        List<SchoolTypeCount> profile = schools.profile();
        long count = profile.stream().mapToLong(SchoolTypeCount::schools).sum();
        long pupils = profile.stream().mapToLong(SchoolTypeCount::pupils).sum();
        return card(
                "trainer",
                getTranslation("home.trainer.title", region.regionName()),
                getTranslation("home.trainer.intro", count, pupils));
    }

    private static Div card(String id, String title, String intro, Component... content) {
        Div card = new Div();
        card.addClassName("card");
        card.setId("card-" + id);
        Paragraph text = PageText.muted(intro);
        card.add(new H2(title), text);
        card.add(content);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("home.title"));
    }
}
