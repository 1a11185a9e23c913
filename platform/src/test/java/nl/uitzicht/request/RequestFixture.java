package nl.uitzicht.request;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.Role;
import nl.uitzicht.opp.FactorDomain;
import nl.uitzicht.opp.Goal;
import nl.uitzicht.opp.OppEditor;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.opp.Performer;
import nl.uitzicht.opp.SupportLevel;
import nl.uitzicht.parent.ParentLinks;
import nl.uitzicht.parent.ParentScope;
import nl.uitzicht.pupil.PupilInput;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.support.SupportCategory;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.Unique;

/**
 * A fresh region with two schools, a staff member per school, a case manager, three experts (accounts with
 * memberships in the database, as the services check them) and a pupil with an OPP of school A. Built as the system.
 */
final class RequestFixture {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    final UUID region;
    final UUID schoolA;
    final UUID schoolB;
    final StaffScope staffA;
    final StaffScope staffB;
    final RegionCaller caseManager;
    final RegionCaller expertOrtho;
    final RegionCaller expertOther;
    final RegionCaller expertUnassigned;
    final UUID category;
    final AccountDirectory accounts;

    RequestFixture(
            RegionDirectory regions, SchoolDirectory schools, SupportCategories categories, AccountDirectory accounts) {
        this.accounts = accounts;
        region =
                regions.register(Unique.regionCode("PO"), "SWV Test", Sector.PO).getId();
        schoolA = as(() -> schools.register("12AA", "00", "De Esdoorn", SchoolType.BAO, null, 200)
                .id());
        schoolB = as(() -> schools.register("12BB", "00", "De Linde", SchoolType.BAO, null, 150)
                .id());
        TenantContext.runAs(region, categories::installDefaults);
        category = as(categories::active).stream()
                .map(SupportCategory::id)
                .findFirst()
                .orElseThrow();
        staffA = new StaffScope(person("Ilse IB", Role.SCHOOL_STAFF, Set.of(schoolA)), Set.of(schoolA));
        staffB = new StaffScope(person("Bert IB", Role.SCHOOL_STAFF, Set.of(schoolB)), Set.of(schoolB));
        caseManager = new RegionCaller(person("Carla Casemanager", Role.CASE_MANAGER, Set.of()));
        expertOrtho = new RegionCaller(person("Olga Orthopedagoog", Role.EXPERT, Set.of()));
        expertOther = new RegionCaller(person("Jan Jeugdarts", Role.EXPERT, Set.of()));
        expertUnassigned = new RegionCaller(person("Nina Niettoegewezen", Role.EXPERT, Set.of()));
    }

    <T> T as(Supplier<T> body) {
        return TenantContext.callAs(region, body);
    }

    Actor person(String name, Role role, Set<UUID> schools) {
        UUID id = accounts.createAccount(Unique.email(name.split(" ")[0]), name, "lang-genoeg-wachtwoord-1")
                .id();
        accounts.grant(id, region, role, schools);
        return new Actor(id, name);
    }

    /** A pupil of school A with an OPP that has one basic-support and one extra-support intervention. */
    OppPlan pupilWithPlan(PupilRegister pupils, OppPlans plans, OppEditor editor, String name) {
        return as(() -> {
            PupilSummary pupil = pupils.register(
                    staffA, schoolA, new PupilInput(name, TODAY.getYear() - 9, "6", TODAY.minusMonths(8), null));
            OppPlan p = plans.start(staffA, pupil.id(), TODAY.minusMonths(2));
            p = editor.addGoal(
                    staffA,
                    p.id(),
                    p.version(),
                    FactorDomain.LEARNING,
                    "Leest vloeiend op AVI-niveau M6",
                    "AVI E4",
                    "AVI-toets",
                    TODAY.plusMonths(6));
            List<UUID> goals =
                    p.content().handelingsdeel().goals().stream().map(Goal::key).toList();
            p = editor.addIntervention(
                    staffA,
                    p.id(),
                    p.version(),
                    "Extra leesinstructie in de groep",
                    Performer.TEACHER,
                    "dagelijks",
                    goals,
                    category,
                    SupportLevel.BASIC);
            return editor.addIntervention(
                    staffA,
                    p.id(),
                    p.version(),
                    "Individuele begeleiding door een ambulant begeleider",
                    Performer.EXTERNAL,
                    "wekelijks",
                    goals,
                    category,
                    SupportLevel.EXTRA);
        });
    }

    ParentScope parentOf(ParentLinks links, UUID pupilId, String name) {
        return as(() -> {
            UUID invitation = UUID.randomUUID();
            String email = Unique.email(name.split(" ")[0]);
            links.invited(staffA, pupilId, invitation, email, name);
            UUID account = accounts.createAccount(email, name, "lang-genoeg-wachtwoord-2")
                    .id();
            links.activated(invitation, account, name);
            return new ParentScope(account, name);
        });
    }

    static RequestDraft tlv(String question) {
        return new RequestDraft(
                RequestType.TLV_SO_VSO,
                FundingCategory.MEDIUM,
                null,
                question,
                "",
                "Ouders steunen de aanvraag; zij willen een school dichtbij huis.",
                ParentsViewSource.STAFF);
    }

    static AdviceInput advice(Discipline discipline) {
        return new AdviceInput(
                discipline,
                discipline == Discipline.OTHER ? "Jeugdarts" : "",
                "De ondersteuningsbehoefte overstijgt wat de school kan bieden.",
                Recommendation.GRANT,
                TODAY);
    }

    static DecisionInput granted() {
        return new DecisionInput(
                Outcome.GRANTED,
                FundingCategory.MEDIUM,
                TODAY.plusWeeks(2),
                TODAY.plusYears(2),
                null,
                null,
                "Beide deskundigen adviseren positief.",
                TODAY);
    }
}
