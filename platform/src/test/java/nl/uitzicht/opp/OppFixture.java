package nl.uitzicht.opp;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.audit.Actor;
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

/** A fresh region with two schools, the default support categories and a staff member per school. */
final class OppFixture {

    final UUID region;
    final UUID schoolA;
    final UUID schoolB;
    final StaffScope staffA;
    final StaffScope staffB;
    final UUID category;

    OppFixture(RegionDirectory regions, SchoolDirectory schools, SupportCategories categories) {
        region = regions.register(Unique.regionCode("PO"), "Testregio", Sector.PO)
                .getId();
        schoolA = TenantContext.callAs(
                region,
                () -> schools.register("11AA", "00", "School A", SchoolType.BAO, null, 200)
                        .id());
        schoolB = TenantContext.callAs(
                region,
                () -> schools.register("11BB", "00", "School B", SchoolType.BAO, null, 100)
                        .id());
        TenantContext.runAs(region, categories::installDefaults);
        category = TenantContext.callAs(region, categories::active).stream()
                .filter(c -> c.code().equals("LEZEN_SPELLEN"))
                .map(SupportCategory::id)
                .findFirst()
                .orElseThrow();
        staffA = new StaffScope(new Actor(UUID.randomUUID(), "Ilse IB (A)"), Set.of(schoolA));
        staffB = new StaffScope(new Actor(UUID.randomUUID(), "Bert IB (B)"), Set.of(schoolB));
    }

    PupilSummary pupil(PupilRegister pupils, StaffScope scope, UUID school, String name, LocalDate enrolled) {
        return TenantContext.callAs(
                region,
                () -> pupils.register(
                        scope, school, new PupilInput(name, LocalDate.now().getYear() - 9, "6", enrolled, null)));
    }

    /** A draft with all three legal parts and the pupil's view filled in. */
    OppPlan completeDraft(OppPlans plans, OppEditor editor, UUID pupilId, LocalDate supportStart) {
        return TenantContext.callAs(region, () -> {
            OppPlan p = plans.start(staffA, pupilId, supportStart);
            p = editor.addFactor(
                    staffA,
                    p.id(),
                    p.version(),
                    FactorKind.HINDERING,
                    FactorDomain.LEARNING,
                    "Leest op AVI-niveau E4, twee jaar achter op de groep.");
            p = editor.addFactor(
                    staffA,
                    p.id(),
                    p.version(),
                    FactorKind.HELPING,
                    FactorDomain.WORK_ATTITUDE,
                    "Is gemotiveerd en vraagt zelf om hulp.");
            List<UUID> factors = p.content().factors().stream().map(Factor::key).toList();
            p = editor.savePerspective(
                    staffA,
                    p.id(),
                    p.version(),
                    ExitDestination.VMBO_K,
                    "Rekenen en begrip zijn op niveau; het lezen remt, maar met ondersteuning is vmbo-k haalbaar.",
                    factors,
                    "Dagelijkse leesinstructie en voorleessoftware bij toetsen.");
            p = editor.addGoal(
                    staffA,
                    p.id(),
                    p.version(),
                    FactorDomain.LEARNING,
                    "Leest vloeiend op AVI-niveau M6",
                    "AVI E4",
                    "AVI-toets",
                    LocalDate.now().plusMonths(6));
            p = editor.addGoal(
                    staffA,
                    p.id(),
                    p.version(),
                    FactorDomain.WORK_ATTITUDE,
                    "Werkt 20 minuten zelfstandig",
                    "10 minuten",
                    null,
                    null);
            List<UUID> goals =
                    p.content().handelingsdeel().goals().stream().map(Goal::key).toList();
            p = editor.addIntervention(
                    staffA,
                    p.id(),
                    p.version(),
                    "Dagelijks 20 minuten RALFI-lezen",
                    Performer.TEACHER,
                    "dagelijks",
                    List.of(goals.get(0)),
                    category,
                    SupportLevel.EXTRA);
            p = editor.addIntervention(
                    staffA,
                    p.id(),
                    p.version(),
                    "Thuis samen lezen",
                    Performer.PARENTS,
                    "3 keer per week",
                    goals,
                    category,
                    SupportLevel.BASIC);
            p = editor.addAgreement(staffA, p.id(), p.version(), Party.PARENTS, "Ouders lezen 3 keer per week voor.");
            return editor.savePupilView(
                    staffA, p.id(), p.version(), "Ik wil beter leen lezen. Ik oefen elke dag.", LocalDate.now());
        });
    }
}
