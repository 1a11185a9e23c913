package nl.uitzicht.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Route;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.uitzicht.AppTest;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.Role;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.security.TestSignIn;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.RequestRows;
import nl.uitzicht.testing.TestDatabases;
import nl.uitzicht.ui.error.NotFoundView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Vaadin shows the view (and layout) instance that is on screen again when a person navigates to the same route (ADR
 * 0100: views are no proxies any more). In one UI and a region of its own: the start page and a request page show
 * the data and the person of each navigation, not of the first; the layout's header and menu follow the person; and
 * the views are the route classes themselves, not proxies.
 */
@AppTest
@Tag("browserless")
class ViewReuseBrowserlessTest extends SpringBrowserlessTest {

    private static final String PASSWORD = "een-lang-wachtwoord-2026";

    @Autowired
    TestSignIn signIn;

    @Autowired
    SystemWork system;

    @Autowired
    RegionDirectory regions;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    TestDatabases.FreshDatabase db;

    final LocalDate today = LocalDate.now();
    UUID region;
    UUID schoolA;
    UUID schoolB;
    String staffA;
    String staffB;
    String caseManager;
    RequestRows rows;

    @BeforeEach
    void region() {
        String tag = UUID.randomUUID().toString();
        staffA = "ib-a-" + tag + "@hergebruik.test";
        staffB = "ib-b-" + tag + "@hergebruik.test";
        caseManager = "cm-" + tag + "@hergebruik.test";
        system.run(() -> {
            String code;
            do {
                code = "PO" + (5000 + ThreadLocalRandom.current().nextInt(4000));
            } while (regions.codeTaken(code));
            region = regions.register(code, "Regio Hergebruik", Sector.PO).getId();
            schoolA = TenantContext.callAs(
                    region,
                    () -> schools.register("44AA", "00", "De Es", SchoolType.BAO, null, 200)
                            .id());
            schoolB = TenantContext.callAs(
                    region,
                    () -> schools.register("44BB", "00", "De Iep", SchoolType.BAO, null, 200)
                            .id());
            accounts.grant(
                    accounts.createAccount(staffA, "Ilse IB", PASSWORD).id(),
                    region,
                    Role.SCHOOL_STAFF,
                    Set.of(schoolA));
            accounts.grant(
                    accounts.createAccount(staffB, "Bart IB", PASSWORD).id(),
                    region,
                    Role.SCHOOL_STAFF,
                    Set.of(schoolB));
            accounts.grant(
                    accounts.createAccount(caseManager, "Carla Casus", PASSWORD).id(),
                    region,
                    Role.CASE_MANAGER,
                    Set.of());
        });
        rows = new RequestRows(db, region);
    }

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
    }

    /** A decided request of the school whose arrangement ends in three weeks: it is on the school's worklist. */
    private UUID endingSoon(UUID school) {
        UUID request = rows.request(school, "TLV_SBO", today.minusMonths(11), today.minusMonths(9), "SUBMITTED", null);
        rows.decide(request, "GRANTED", today.minusMonths(10), today.minusMonths(10), today.plusWeeks(3), null, null);
        return request;
    }

    /** Signs in as the person, also for the checks Vaadin makes against the HTTP session (the menu). */
    private void signInAs(String email) {
        signIn.as(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        com.vaadin.flow.server.VaadinSession.getCurrent()
                .getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }

    /** The titles on the page itself (the layout's drawer has one of its own). */
    private List<String> titles() {
        return find(H1.class).from((Component) getCurrentView()).all().stream()
                .map(H1::getText)
                .toList();
    }

    private List<String> worklistLinks() {
        return find(Anchor.class).from(find(Div.class).id("card-worklist")).all().stream()
                .map(Anchor::getHref)
                .toList();
    }

    private List<String> menu() {
        return find(SideNavItem.class).all().stream()
                .map(SideNavItem::getPath)
                .map(p -> p != null && p.startsWith("/") ? p.substring(1) : p)
                .toList();
    }

    private Component layout() {
        return ((Component) getCurrentView()).getParent().orElseThrow();
    }

    @Test
    void theStartPageShownAgainReadsItsDataAndThePersonAnew() {
        UUID first = endingSoon(schoolA);
        signInAs(staffA);
        navigate("", Component.class);
        HasElement home = getCurrentView();
        assertThat(worklistLinks()).contains("aanvragen/" + first);

        // the menu entry of the page one is on: the same instance, drawn with what changed meanwhile
        UUID second = endingSoon(schoolA);
        navigate("", Component.class);
        assertThat(getCurrentView()).as("Vaadin shows the same view again").isSameAs(home);
        assertThat(worklistLinks()).contains("aanvragen/" + first, "aanvragen/" + second);
        assertThat(titles()).as("drawn once, on an emptied page").hasSize(1);

        // another person in the same tab: their own school's worklist, not the first person's
        TestSignIn.signOut();
        signInAs(staffB);
        navigate("", Component.class);
        assertThat(getCurrentView()).isSameAs(home);
        assertThat(worklistLinks()).doesNotContain("aanvragen/" + first, "aanvragen/" + second);
        assertThat(titles()).singleElement().asString().contains("Bart IB");
    }

    @Test
    void aRequestPageShownAgainShowsTheOtherRequestAndTheCallersScope() {
        UUID one = rows.request(schoolA, "TLV_SBO", today.minusWeeks(2), today.plusWeeks(6), "SUBMITTED", null);
        UUID other = rows.request(
                schoolA, "INDIVIDUAL_ARRANGEMENT", today.minusWeeks(1), today.plusWeeks(7), "SUBMITTED", null);
        signInAs(staffA);
        navigate("aanvragen/" + one, Component.class);
        HasElement page = getCurrentView();
        assertThat(titles()).singleElement().asString().contains(pupil(one));

        navigate("aanvragen/" + other, Component.class);
        assertThat(getCurrentView()).as("Vaadin shows the same view again").isSameAs(page);
        assertThat(titles()).singleElement().asString().contains(pupil(other)).doesNotContain(pupil(one));

        // staff of another school in the same tab: the page reads their scope, which does not hold school A
        TestSignIn.signOut();
        signInAs(staffB);
        navigate("aanvragen/" + other, NotFoundView.class);
    }

    @Test
    void theLayoutsHeaderAndMenuFollowThePerson() {
        signInAs(staffA);
        navigate("", Component.class);
        Component layout = layout();
        assertThat(find(Span.class).id("current-user").getText()).isEqualTo("Ilse IB");
        assertThat(menu()).contains("aanvragen").doesNotContain("regio/aanvragen");

        TestSignIn.signOut();
        signInAs(caseManager);
        navigate("", Component.class);
        assertThat(layout()).as("Vaadin keeps the layout").isSameAs(layout);
        assertThat(find(Span.class).id("current-user").getText()).isEqualTo("Carla Casus");
        assertThat(menu()).contains("regio/aanvragen").doesNotContain("aanvragen");
    }

    @Test
    void viewsAndLayoutAreTheRouteClassesThemselvesNotProxies() {
        signInAs(staffA);
        navigate("", Component.class);
        HasElement home = getCurrentView();
        assertThat(AopUtils.isAopProxy(home)).isFalse();
        assertThat(home.getClass().getAnnotation(Route.class))
                .as("the instance's own class carries the route")
                .isNotNull();
        assertThat(layout().getClass()).isEqualTo(MainLayout.class);
        assertThat(AopUtils.isAopProxy(layout())).isFalse();
    }

    /** The pupil's name {@link RequestRows} gives a request. */
    private static String pupil(UUID request) {
        return "Kind " + request.toString().substring(0, 4);
    }
}
