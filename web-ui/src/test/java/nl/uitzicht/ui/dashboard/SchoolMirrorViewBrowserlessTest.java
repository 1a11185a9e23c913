package nl.uitzicht.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.AppTest;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.dashboard.SchoolMirror;
import nl.uitzicht.dashboard.SchoolMirrors;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.invitation.RegionPeople;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.security.SignedInUser;
import nl.uitzicht.security.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The school mirror screen (issue 18 point 4) on the demo data: the trainer picks from their achterban, a school
 * leader sees their own school, plain school staff are told they have none and see no menu entry. What the screen
 * keeps is the school and year, the figures are read again ({@link SchoolMirrorView#shown}).
 */
@AppTest
@Tag("browserless")
class SchoolMirrorViewBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    TestSignIn signIn;

    @Autowired
    RegionPeople people;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    SchoolDirectory schools;

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
    }

    private SignedInUser signInAs(String email) {
        SignedInUser user = signIn.as(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        com.vaadin.flow.server.VaadinSession.getCurrent()
                .getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        return user;
    }

    private List<String> menu() {
        return find(SideNavItem.class).all().stream()
                .map(SideNavItem::getPath)
                .map(p -> p != null && p.startsWith("/") ? p.substring(1) : p)
                .toList();
    }

    @Test
    void aTrainerPicksASchoolOfTheAchterbanAndSeesItAgainstTheRegion() {
        // Tom (trainer2) works in one region; his achterban holds Kindcentrum De Linie and SBO De Brug.
        signInAs("trainer2@waterlinie.demo");
        SchoolMirrorView view = navigate(SchoolMirrorView.class);
        assertThat(menu()).contains(SchoolMirrorView.PATH);
        @SuppressWarnings("unchecked")
        ComboBox<SchoolMirrors.MirrorSchool> school = find(ComboBox.class).id("mirror-school");
        assertThat(school.getValue().name()).isEqualTo("Kindcentrum De Linie");
        SchoolMirror shown = view.shown();
        assertThat(shown.schoolName()).isEqualTo("Kindcentrum De Linie");
        assertThat(shown.region().pupils()).isGreaterThan(shown.school().pupils());
        SchoolMirrorView.MirrorTables tables = new SchoolMirrorView.MirrorTables(view::getTranslation);
        assertThat(tables.kpiRows(shown).getFirst())
                .containsExactly(
                        "Leerlingen",
                        Integer.toString(shown.school().pupils()),
                        Integer.toString(shown.region().pupils()));
        // Never a count of 1-4 in any table: those show as "< 5".
        for (List<List<String>> rows : List.of(
                tables.kpiRows(shown), tables.categoryRows(shown), tables.itemRows(shown), tables.checkRows(shown))) {
            assertThat(rows.stream().flatMap(r -> r.stream().skip(1))).noneMatch(cell -> cell.matches("[1-4]"));
        }
        assertThat(tables.categoryRows(shown)).hasSameSizeAs(shown.categories()).isNotEmpty();
    }

    @Test
    void plainSchoolStaffHaveNoMirrorAndNoMenuEntry() {
        signInAs("ib@waterlinie.demo");
        navigate(SchoolMirrorView.class);
        assertThat(find(Div.class).id("mirror-none").getText()).contains("Er zijn geen scholen");
        assertThat(menu()).doesNotContain(SchoolMirrorView.PATH);
    }

    @Test
    void aSchoolLeaderSeesTheirOwnSchoolOnceMarkedByTheRegionAdmin() {
        SignedInUser admin = signInAs("beheer@waterlinie.demo");
        UUID ib = accounts.findByEmail("ib@waterlinie.demo").orElseThrow().id();
        UUID regenboog = schools.findByCode("99AA", "00").orElseThrow().id();
        Actor acting = new Actor(admin.accountId(), admin.displayName());
        people.leadSchools(ib, Set.of(regenboog), acting);
        try {
            signInAs("ib@waterlinie.demo");
            SchoolMirrorView view = navigate(SchoolMirrorView.class);
            assertThat(menu()).contains(SchoolMirrorView.PATH);
            assertThat(view.shown().schoolName()).isEqualTo("Basisschool De Regenboog");
            assertThat(find(Div.class).all())
                    .noneMatch(d -> "mirror-none".equals(d.getId().orElse("")));
        } finally {
            signInAs("beheer@waterlinie.demo");
            people.leadSchools(ib, Set.of(), acting);
        }
    }
}
