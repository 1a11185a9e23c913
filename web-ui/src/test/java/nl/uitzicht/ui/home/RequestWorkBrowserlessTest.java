package nl.uitzicht.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The start page's request work without a browser, in a region of its own: a decision that ends within 8 weeks on
 * its school's worklist (not on another school's), and the requests past their term on the case manager's card.
 */
@AppTest
@Tag("browserless")
class RequestWorkBrowserlessTest extends SpringBrowserlessTest {

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

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
    }

    /** The region; returns the e-mail addresses of A's staff member, B's staff member and the case manager. */
    private List<String> region() {
        String tag = UUID.randomUUID().toString();
        List<String> emails =
                List.of("ib-a-" + tag + "@werk.test", "ib-b-" + tag + "@werk.test", "cm-" + tag + "@werk.test");
        system.run(() -> {
            String code;
            do {
                code = "PO" + (5000 + ThreadLocalRandom.current().nextInt(4000));
            } while (regions.codeTaken(code));
            region = regions.register(code, "Regio Werk", Sector.PO).getId();
            schoolA = TenantContext.callAs(
                    region,
                    () -> schools.register("43AA", "00", "De Es", SchoolType.BAO, null, 200)
                            .id());
            schoolB = TenantContext.callAs(
                    region,
                    () -> schools.register("43BB", "00", "De Iep", SchoolType.BAO, null, 200)
                            .id());
            accounts.grant(
                    accounts.createAccount(emails.get(0), "Ilse IB", "een-lang-wachtwoord-2026")
                            .id(),
                    region,
                    Role.SCHOOL_STAFF,
                    Set.of(schoolA));
            accounts.grant(
                    accounts.createAccount(emails.get(1), "Bart IB", "een-lang-wachtwoord-2026")
                            .id(),
                    region,
                    Role.SCHOOL_STAFF,
                    Set.of(schoolB));
            accounts.grant(
                    accounts.createAccount(emails.get(2), "Carla Casus", "een-lang-wachtwoord-2026")
                            .id(),
                    region,
                    Role.CASE_MANAGER,
                    Set.of());
        });
        return emails;
    }

    @Test
    void aDecisionEndingSoonIsOnItsSchoolsWorklistAndALateRequestOnTheCaseManagersCard() {
        List<String> people = region();
        RequestRows rows = new RequestRows(db, region);
        UUID ending = rows.request(schoolA, "TLV_SBO", today.minusMonths(11), today.minusMonths(9), "SUBMITTED", null);
        rows.decide(ending, "GRANTED", today.minusMonths(10), today.minusMonths(10), today.plusWeeks(3), null, null);
        UUID late = rows.request(
                schoolB, "INDIVIDUAL_ARRANGEMENT", today.minusWeeks(10), today.minusWeeks(2), "IN_HANDLING", null);

        signIn.as(people.get(0));
        navigate("", com.vaadin.flow.component.Component.class);
        Div worklist = find(Div.class).id("card-worklist");
        assertThat(find(Anchor.class).from(worklist).all())
                .extracting(Anchor::getHref)
                .contains("aanvragen/" + ending);
        TestSignIn.signOut();

        signIn.as(people.get(1));
        navigate("", com.vaadin.flow.component.Component.class);
        assertThat(find(Anchor.class).from(find(Div.class).id("card-worklist")).all())
                .extracting(Anchor::getHref)
                .as("another school's decision")
                .doesNotContain("aanvragen/" + ending);
        assertThat(find(Div.class).all())
                .noneMatch(d -> "card-overdue".equals(d.getId().orElse(null)));
        TestSignIn.signOut();

        signIn.as(people.get(2));
        navigate("", com.vaadin.flow.component.Component.class);
        Div overdue = find(Div.class).id("card-overdue");
        assertThat(find(Anchor.class).from(overdue).all())
                .extracting(Anchor::getHref)
                .containsExactly("regio/aanvragen/" + late);
        assertThat(find(Div.class).all())
                .noneMatch(d -> "card-worklist".equals(d.getId().orElse(null)));
    }
}
