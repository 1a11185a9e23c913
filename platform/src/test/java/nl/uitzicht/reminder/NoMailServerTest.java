package nl.uitzicht.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.opp.OppState;
import nl.uitzicht.opp.OppWorkflow;
import nl.uitzicht.parent.ParentLinks;
import nl.uitzicht.pupil.PupilInput;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.Unique;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Without a mail server configured (the local demo) the digest sends nothing and the workflow does not fail. */
@PlatformTest
@WithRole(system = true)
class NoMailServerTest {

    @Autowired
    DailyDigest digest;

    @Autowired
    RegionDirectory regions;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    PupilRegister pupils;

    @Autowired
    OppPlans plans;

    @Autowired
    OppWorkflow workflow;

    @Autowired
    ParentLinks parentLinks;

    @Autowired
    Clock clock;

    @Test
    void nothingIsSentAndNothingFails() {
        LocalDate today = LocalDate.now(clock);
        UUID region = regions.register(Unique.regionCode("PO"), "SWV Zonder Mail", Sector.PO)
                .getId();
        UUID school = TenantContext.callAs(
                region,
                () -> schools.register("12AA", "00", "De Stilte", SchoolType.BAO, null, 50)
                        .id());
        StaffScope staff = new StaffScope(new Actor(UUID.randomUUID(), "Ivo IB"), Set.of(school));
        OppPlan plan = TenantContext.callAs(region, () -> {
            PupilSummary pupil = pupils.register(
                    staff, school, new PupilInput("Roos Laat", today.getYear() - 9, "6", today.minusWeeks(9), null));
            parentLinks.invited(staff, pupil.id(), UUID.randomUUID(), Unique.email("ouder"), "Ouder");
            return plans.start(staff, pupil.id(), null);
        });

        assertThat(digest.send(today)).isEqualTo(new DailyDigest.Outcome(0, 0));
        OppPlan moved =
                TenantContext.callAs(region, () -> workflow.startConsultation(staff, plan.id(), plan.version()));
        assertThat(moved.state()).isEqualTo(OppState.IN_CONSULTATION);
    }
}
