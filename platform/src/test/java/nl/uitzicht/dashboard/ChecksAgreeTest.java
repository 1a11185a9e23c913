package nl.uitzicht.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.analysis.AutomaticCheck;
import nl.uitzicht.analysis.AutomaticCheck.Outcome;
import nl.uitzicht.analysis.CheckRules;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.opp.ExitDestination;
import nl.uitzicht.opp.FactorDomain;
import nl.uitzicht.opp.FactorKind;
import nl.uitzicht.opp.OppEditor;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.opp.OppReviewCopies;
import nl.uitzicht.opp.OppReviewCopy;
import nl.uitzicht.opp.OppState;
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
import nl.uitzicht.testing.Unique;
import nl.uitzicht.testing.WithRole;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One definition of the legal checks (ADR 0091): what the OPP editor and the scoring round show per plan
 * ({@link CheckRules}) adds up, plan by plan, to what the dashboard counts ({@code QualityFigures}), on the
 * same rows in PostgreSQL: plans in every state, in and out of their six weeks, consented in time or late,
 * with an evaluation due or overdue, closed before and after their deadline.
 */
@PlatformTest
@WithRole(system = true)
class ChecksAgreeTest {

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
    OppReviewCopies reviewCopies;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    /** A day well inside the school year, so every plan below runs in the dashboard's period. */
    final DashboardFilter period =
            DashboardFilter.currentSchoolYear(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")));

    final LocalDate today = period.from().plusMonths(4);

    /** One plan's clocks and state, as days before {@link #today} (null: not set). */
    record Case(
            OppState state,
            int startedDaysAgo,
            @Nullable Integer consentedDaysAgo,
            @Nullable Integer evaluationDueInDays,
            @Nullable Integer closedDaysAgo) {}

    @Test
    void theDashboardCountsWhatTheEditorShowsPlanByPlan() {
        UUID region = regions.register(Unique.regionCode("PO"), "Checkregio", Sector.PO)
                .getId();
        UUID schoolId = TenantContext.callAs(
                region,
                () -> schools.register("83AA", "00", "Check-school", SchoolType.BAO, null, 300)
                        .id());
        TenantContext.runAs(region, categories::installDefaults);
        UUID category =
                TenantContext.callAs(region, categories::active).getFirst().id();
        StaffScope staff = new StaffScope(new Actor(UUID.randomUUID(), "IB"), Set.of(schoolId));

        List<Case> cases = List.of(
                new Case(OppState.DRAFT, 10, null, null, null), // within the six weeks
                new Case(OppState.DRAFT, 60, null, null, null), // past them
                new Case(OppState.IN_CONSULTATION, 50, null, null, null),
                new Case(OppState.AWAITING_CONSENT, 20, null, null, null), // consent asked in time
                new Case(OppState.ACTIVE, 80, 50, 300, null), // set in time
                new Case(OppState.ACTIVE, 100, 40, 320, null), // set late
                new Case(OppState.ACTIVE, 110, 70, -3, null), // evaluation overdue
                new Case(OppState.IN_EVALUATION, 110, 70, -1, null),
                new Case(OppState.ADJUSTING, 90, 55, 310, null),
                new Case(OppState.CLOSED, 60, null, null, 40), // a draft closed within its six weeks
                new Case(OppState.CLOSED, 80, null, null, 20), // closed after them, never set
                new Case(OppState.CLOSED, 100, 70, null, 5)); // closed after consent

        Map<AutomaticCheck, int[]> java = new EnumMap<>(AutomaticCheck.class); // due, ok
        int[] legal = new int[2];
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            // every other plan complete; every third without the pupil's view
            boolean complete = i % 2 == 0;
            boolean heard = i % 3 != 0;
            UUID id = TenantContext.callAs(region, () -> plan(staff, schoolId, category, complete, heard));
            TenantContext.runAs(region, () -> setClocks(id, c));
            ids.add(id);
            OppReviewCopy copy = TenantContext.callAs(
                    region, () -> reviewCopies.find(id, false).orElseThrow());
            Map<AutomaticCheck, Outcome> outcomes =
                    CheckRules.outcomes(copy.state(), copy.content(), copy.deadlines(), copy.closedOn(), 1, today);
            outcomes.forEach((check, outcome) -> count(java.computeIfAbsent(check, k -> new int[2]), outcome));
            count(legal, CheckRules.meetsLegalRequirements(outcomes));
        }

        Map<String, Object> sql = TenantContext.callAs(
                region,
                () -> new TransactionTemplate(transactions)
                        .execute(tx -> new QualityFigures(jdbc)
                                .complianceCounts(
                                        period, DashboardSql.params(period).addValue("today", Date.valueOf(today)))));

        assertThat(number(sql, "total")).isEqualTo(cases.size());
        assertThat(pair(sql, "total", "parts_ok")).isEqualTo(java.get(AutomaticCheck.LEGAL_PARTS));
        assertThat(pair(sql, "consent_due", "consent_ok")).isEqualTo(java.get(AutomaticCheck.CONSENT));
        assertThat(pair(sql, "total", "view_ok")).isEqualTo(java.get(AutomaticCheck.PUPIL_VIEW));
        assertThat(pair(sql, "six_due", "six_ok")).isEqualTo(java.get(AutomaticCheck.SET_WITHIN_SIX_WEEKS));
        assertThat(pair(sql, "eval_due", "eval_ok")).isEqualTo(java.get(AutomaticCheck.EVALUATED_WITHIN_YEAR));
        assertThat(pair(sql, "legal_due", "legal_ok")).isEqualTo(legal);
        // the cases reach every outcome, so the agreement is not an agreement on zeros
        assertThat(java.get(AutomaticCheck.CONSENT)[0]).isGreaterThan(java.get(AutomaticCheck.CONSENT)[1]);
        assertThat(java.get(AutomaticCheck.SET_WITHIN_SIX_WEEKS)[0]).isLessThan(cases.size());
        assertThat(java.get(AutomaticCheck.EVALUATED_WITHIN_YEAR)[1]).isPositive();
        assertThat(legal[0]).isGreaterThan(legal[1]).isPositive();
        assertThat(ids).doesNotHaveDuplicates();
    }

    private static void count(int[] dueAndOk, Outcome outcome) {
        if (outcome != Outcome.NOT_DUE) {
            dueAndOk[0]++;
        }
        if (outcome == Outcome.PASS) {
            dueAndOk[1]++;
        }
    }

    private static int number(Map<String, Object> row, String key) {
        return ((Number) row.get(key)).intValue();
    }

    private static int[] pair(Map<String, Object> row, String due, String ok) {
        return new int[] {number(row, due), number(row, ok)};
    }

    /** The plan's state and clocks as the case says, written as the workflow would have left them. */
    private void setClocks(UUID id, Case c) {
        LocalDate started = today.minusDays(c.startedDaysAgo());
        new TransactionTemplate(transactions)
                .executeWithoutResult(tx -> jdbc.update(
                        """
                update opp set state = :state, support_started_on = :started, deadline_on = :deadline,
                  first_active_on = :consented, next_evaluation_on = :evaluation, closed_on = :closed,
                  closed_reason = case when :closing then 'MOVED_REGION' end
                where id = :id""",
                        new MapSqlParameterSource()
                                .addValue("id", id)
                                .addValue("state", c.state().name())
                                .addValue("started", Date.valueOf(started))
                                .addValue("deadline", Date.valueOf(started.plusWeeks(6)))
                                .addValue("consented", day(c.consentedDaysAgo() == null ? null : -c.consentedDaysAgo()))
                                .addValue("evaluation", day(c.evaluationDueInDays()))
                                .addValue("closed", day(c.closedDaysAgo() == null ? null : -c.closedDaysAgo()))
                                .addValue("closing", c.closedDaysAgo() != null)));
    }

    private @Nullable Date day(@Nullable Integer fromToday) {
        return fromToday == null ? null : Date.valueOf(today.plusDays(fromToday));
    }

    private UUID plan(StaffScope staff, UUID schoolId, UUID category, boolean complete, boolean heard) {
        UUID pupil = pupils.register(
                        staff, schoolId, new PupilInput("Kind", today.getYear() - 9, "5", period.from(), null))
                .id();
        OppPlan p = plans.start(staff, pupil, null);
        p = editor.addFactor(staff, p.id(), p.version(), FactorKind.HINDERING, FactorDomain.LEARNING, "Leest traag");
        p = editor.addFactor(staff, p.id(), p.version(), FactorKind.HELPING, FactorDomain.HOME, "Betrokken ouders");
        p = editor.addGoal(staff, p.id(), p.version(), FactorDomain.LEARNING, "Leest AVI M6", null, null, null);
        if (complete) {
            p = editor.savePerspective(
                    staff,
                    p.id(),
                    p.version(),
                    ExitDestination.VMBO_K,
                    "Het lezen remt",
                    p.content().factors().stream().map(f -> f.key()).toList(),
                    "Leeshulp");
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
        if (heard) {
            p = editor.savePupilView(staff, p.id(), p.version(), "Ik wil beter lezen.", period.from());
        }
        return p.id();
    }
}
