package nl.uitzicht.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.function.Supplier;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.Role;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.Callers;
import nl.uitzicht.testing.Callers.TestPerson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/**
 * An {@link Analyst} handed to the analysis services is held against who really calls: a school
 * staff member who claims the trainer role (to organise rounds), or another person's identity, is
 * refused before the service runs.
 */
@PlatformTest
class AnalystForgeryTest {

    @Autowired
    RegionDirectory regions;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    SupportCategories categories;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    Checklists checklists;

    @Autowired
    ScoringRounds rounds;

    AnalysisFixture f;
    Analyst staff;
    Analyst trainer;
    Authentication signedInStaff;

    @BeforeEach
    void region() {
        Callers.run(Callers.system(), () -> {
            f = new AnalysisFixture(regions, schools, categories, accounts);
            staff = f.person("Ilse IB", Role.SCHOOL_STAFF);
            trainer = f.person("Tamara Trainer", Role.TRAINER);
        });
        signedInStaff = Callers.person(new TestPerson(staff.accountId(), staff.schoolIds()), Role.SCHOOL_STAFF);
    }

    @Test
    void aStaffMemberWhoClaimsTheTrainerRoleIsRefused() {
        Analyst promoted = new Analyst(staff.actor(), Set.of(Role.SCHOOL_STAFF, Role.TRAINER), staff.schoolIds());
        assertThatThrownBy(() -> as(signedInStaff, () -> rounds.list(promoted)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        signedInStaff,
                        () -> rounds.start(
                                promoted,
                                "Eigen ronde",
                                checklists.standard().id(),
                                java.util.List.of(),
                                java.util.List.of(),
                                2)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aStaffMemberInAnotherPersonsNameIsRefused() {
        assertThatThrownBy(() -> as(signedInStaff, () -> rounds.list(trainer)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theOwnAnalystWorks() {
        assertThat(as(signedInStaff, () -> rounds.list(staff))).isEmpty();
    }

    private <T> T as(Authentication caller, Supplier<T> body) {
        return Callers.call(caller, () -> TenantContext.callAs(f.region, body));
    }
}
