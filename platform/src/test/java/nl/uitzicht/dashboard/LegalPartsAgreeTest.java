package nl.uitzicht.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.opp.ExitDestination;
import nl.uitzicht.opp.FactorDomain;
import nl.uitzicht.opp.FactorKind;
import nl.uitzicht.opp.OppEditor;
import nl.uitzicht.opp.OppLifecycle;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.opp.OppReviewCopies;
import nl.uitzicht.opp.Performer;
import nl.uitzicht.opp.SupportLevel;
import nl.uitzicht.pupil.PupilInput;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One definition of a complete plan (ADR 0078): the dashboard's SQL and {@code OppContent.missingLegalParts()}
 * give the same answer for every reachable combination of the five things the legal parts need (hindering and
 * helping factors, perspective, goals, interventions), on the same rows in PostgreSQL. A discarded draft is in
 * neither count.
 */
@PlatformTest
@WithRole(system = true)
class LegalPartsAgreeTest {

    private static final int HINDERING = 1;
    private static final int HELPING = 2;
    private static final int PERSPECTIVE = 4;
    private static final int GOALS = 8;
    private static final int INTERVENTIONS = 16;

    @Autowired
    RegionDirectory regions;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    SupportCategories categories;

    @Autowired
    PupilRegister pupils;

    @Autowired
    OppPlans plans;

    @Autowired
    OppEditor editor;

    @Autowired
    OppLifecycle lifecycle;

    @Autowired
    OppReviewCopies reviewCopies;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    static int next = 8200;
    final LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));

    @Test
    void theDashboardCountsCompletePlansExactlyAsTheWorkflowDecides() {
        UUID region =
                regions.register("PO" + next++, "Volledigregio", Sector.PO).getId();
        Supplier<UUID> school = () -> schools.register("82AA", "00", "Aa-school", SchoolType.BAO, null, 300)
                .id();
        UUID schoolId = TenantContext.callAs(region, school);
        TenantContext.runAs(region, categories::installDefaults);
        UUID category =
                TenantContext.callAs(region, categories::active).getFirst().id();
        StaffScope staff = new StaffScope(new Actor(UUID.randomUUID(), "IB"), Set.of(schoolId));

        List<UUID> opps = new ArrayList<>();
        int combinations = 0;
        for (int mask = 0; mask < 32; mask++) {
            if ((mask & INTERVENTIONS) != 0 && (mask & GOALS) == 0) {
                continue; // an intervention always serves a goal: not reachable
            }
            combinations++;
            int m = mask;
            opps.add(TenantContext.callAs(region, () -> plan(staff, schoolId, category, m)));
        }
        // A complete plan thrown away counts nowhere.
        UUID discarded = TenantContext.callAs(region, () -> {
            OppPlan p = plans.open(staff, plan(staff, schoolId, category, 31));
            return lifecycle.discard(staff, p.id(), p.version()).id();
        });

        long javaComplete = TenantContext.callAs(
                region,
                () -> opps.stream()
                        .filter(id -> reviewCopies
                                .find(id, false)
                                .orElseThrow()
                                .content()
                                .legalPartsComplete())
                        .count());
        Map<String, Object> sql = TenantContext.callAs(
                region,
                () -> new TransactionTemplate(transactions)
                        .execute(tx -> new QualityFigures(jdbc)
                                .complianceCounts(
                                        DashboardFilter.currentSchoolYear(today),
                                        DashboardSql.params(DashboardFilter.currentSchoolYear(today))
                                                .addValue("today", Date.valueOf(today)))));

        assertThat(combinations).isEqualTo(24);
        assertThat(javaComplete).isEqualTo(1); // only the plan with all five
        assertThat(((Number) sql.get("total")).intValue()).isEqualTo(opps.size());
        assertThat(((Number) sql.get("parts_ok")).longValue()).isEqualTo(javaComplete);
        assertThat(discarded).isNotIn(opps);
    }

    /** A draft with exactly the parts of {@code mask}. Returns its id. */
    private UUID plan(StaffScope staff, UUID schoolId, UUID category, int mask) {
        UUID pupil = pupils.register(
                        staff,
                        schoolId,
                        new PupilInput("Kind " + mask, today.getYear() - 9, "5", today.minusMonths(2), null))
                .id();
        OppPlan p = plans.start(staff, pupil, null);
        p = editor.addFactor(staff, p.id(), p.version(), FactorKind.HINDERING, FactorDomain.LEARNING, "Leest traag");
        p = editor.addFactor(staff, p.id(), p.version(), FactorKind.HELPING, FactorDomain.HOME, "Betrokken ouders");
        if ((mask & PERSPECTIVE) != 0) {
            p = editor.savePerspective(
                    staff,
                    p.id(),
                    p.version(),
                    ExitDestination.VMBO_K,
                    "Het lezen remt",
                    p.content().factors().stream().map(f -> f.key()).toList(),
                    "Leeshulp");
        }
        if ((mask & GOALS) != 0) {
            p = editor.addGoal(staff, p.id(), p.version(), FactorDomain.LEARNING, "Leest AVI M6", null, null, null);
        }
        if ((mask & INTERVENTIONS) != 0) {
            p = editor.addIntervention(
                    staff,
                    p.id(),
                    p.version(),
                    "RALFI-lezen",
                    Performer.TEACHER,
                    "dagelijks",
                    List.of(p.content().handelingsdeel().goals().getFirst().key()),
                    category,
                    SupportLevel.EXTRA);
        }
        for (FactorKind kind : FactorKind.values()) {
            if ((mask & (kind == FactorKind.HINDERING ? HINDERING : HELPING)) == 0) {
                p = editor.removeFactor(
                        staff,
                        p.id(),
                        p.version(),
                        p.content().factors(kind).getFirst().key());
            }
        }
        return p.id();
    }
}
