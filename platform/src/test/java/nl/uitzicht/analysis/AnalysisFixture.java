package nl.uitzicht.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.Role;
import nl.uitzicht.opp.ConsentOutcome;
import nl.uitzicht.opp.ConversationInput;
import nl.uitzicht.opp.ExitDestination;
import nl.uitzicht.opp.Factor;
import nl.uitzicht.opp.FactorDomain;
import nl.uitzicht.opp.FactorKind;
import nl.uitzicht.opp.Goal;
import nl.uitzicht.opp.OppEditor;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.opp.OppWorkflow;
import nl.uitzicht.opp.Party;
import nl.uitzicht.opp.Performer;
import nl.uitzicht.opp.SupportLevel;
import nl.uitzicht.pupil.PupilInput;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.support.SupportCategory;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;

/** A fresh region with a school, OPPs made through the OPP services, and people with roles. */
final class AnalysisFixture {

    private static final AtomicInteger REGIONS = new AtomicInteger(5100);

    final UUID region;
    final UUID school;
    final StaffScope staff;
    final UUID category;
    private final AccountDirectory accounts;

    AnalysisFixture(
            RegionDirectory regions, SchoolDirectory schools, SupportCategories categories, AccountDirectory accounts) {
        this.accounts = accounts;
        region = regions.register("PO" + REGIONS.incrementAndGet(), "Analyseregio", Sector.PO)
                .getId();
        school = TenantContext.callAs(
                region,
                () -> schools.register("51AA", "00", "De Linde", SchoolType.BAO, null, 300)
                        .id());
        TenantContext.runAs(region, categories::installDefaults);
        category = TenantContext.callAs(region, categories::active).stream()
                .filter(c -> c.code().equals("LEZEN_SPELLEN"))
                .map(SupportCategory::id)
                .findFirst()
                .orElseThrow();
        staff = new StaffScope(new Actor(UUID.randomUUID(), "Ilse IB"), Set.of(school));
    }

    /** An account with a role in this region, as an analyst. */
    Analyst person(String name, Role role) {
        String email = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "." + region + "@test.nl";
        UUID id = accounts.createAccount(email, name, "Welkom-2026-test").id();
        accounts.grant(id, region, role, role == Role.SCHOOL_STAFF ? Set.of(school) : Set.of());
        return new Analyst(new Actor(id, name), Set.of(role), role == Role.SCHOOL_STAFF ? Set.of(school) : Set.of());
    }

    UUID draft(PupilRegister pupils, OppPlans plans, String pupilName, LocalDate supportStart) {
        return TenantContext.callAs(region, () -> {
            UUID pupil = pupils.register(
                            staff,
                            school,
                            new PupilInput(pupilName, LocalDate.now().getYear() - 9, "6", supportStart, null))
                    .id();
            return plans.start(staff, pupil, supportStart).id();
        });
    }

    /** All three parts, the pupil's view, and (if consentOn is given) consent on that day. */
    UUID complete(
            PupilRegister pupils,
            OppPlans plans,
            OppEditor editor,
            OppWorkflow workflow,
            String pupilName,
            LocalDate supportStart,
            LocalDate consentOn) {
        UUID id = draft(pupils, plans, pupilName, supportStart);
        return TenantContext.callAs(region, () -> {
            OppPlan p = plans.open(staff, id);
            p = editor.addFactor(
                    staff, p.id(), p.version(), FactorKind.HINDERING, FactorDomain.LEARNING, "Leest op AVI-niveau E4.");
            p = editor.addFactor(
                    staff, p.id(), p.version(), FactorKind.HELPING, FactorDomain.WORK_ATTITUDE, "Is gemotiveerd.");
            List<UUID> factors = p.content().factors().stream().map(Factor::key).toList();
            p = editor.savePerspective(
                    staff,
                    p.id(),
                    p.version(),
                    ExitDestination.VMBO_K,
                    "Volgt uit de factoren.",
                    factors,
                    "Dagelijkse leesinstructie.");
            p = editor.addGoal(
                    staff,
                    p.id(),
                    p.version(),
                    FactorDomain.LEARNING,
                    "Leest AVI M6",
                    "AVI E4",
                    "AVI-toets",
                    LocalDate.now().plusMonths(6));
            List<UUID> goals =
                    p.content().handelingsdeel().goals().stream().map(Goal::key).toList();
            p = editor.addIntervention(
                    staff,
                    p.id(),
                    p.version(),
                    "RALFI-lezen",
                    Performer.TEACHER,
                    "dagelijks",
                    goals,
                    category,
                    SupportLevel.EXTRA);
            p = editor.addAgreement(staff, p.id(), p.version(), Party.PARENTS, "Ouders lezen voor.");
            p = editor.savePupilView(staff, p.id(), p.version(), "Ik wil strips lezen.", consentOn.minusDays(2));
            p = workflow.startConsultation(staff, p.id(), p.version());
            p = workflow.requestConsent(staff, p.id(), p.version());
            workflow.recordConversation(
                    staff,
                    p.id(),
                    p.version(),
                    UUID.randomUUID(),
                    new ConversationInput(
                            consentOn, "Ouders, IB", "Handelingsdeel besproken.", ConsentOutcome.CONSENT, null));
            return id;
        });
    }
}
