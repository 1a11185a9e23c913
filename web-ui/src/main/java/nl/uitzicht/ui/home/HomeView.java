package nl.uitzicht.ui.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import nl.uitzicht.identity.RegionMembership;
import nl.uitzicht.identity.Role;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.school.SchoolTypeCount;
import nl.uitzicht.security.CurrentUser;
import nl.uitzicht.security.SignedInUser;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.PageText;
import nl.uitzicht.ui.region.RegionGrid;
import nl.uitzicht.ui.school.SchoolGrid;
import nl.uitzicht.ui.school.SchoolProfileGrid;

/** The start page: one card per role the person holds in the region, each with real data. */
@Route(value = "", layout = MainLayout.class)
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle {

    private final SchoolDirectory schools;

    HomeView(CurrentUser currentUser, SchoolDirectory schools, RegionDirectory regions) {
        this.schools = schools;
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
            add(staffCard(user));
        }
        if (user.has(Role.TRAINER)) {
            add(trainerCard(region));
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
