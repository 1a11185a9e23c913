package nl.uitzicht.opp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.identity.Role;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.Callers;
import nl.uitzicht.testing.WithRole;
import nl.uitzicht.validation.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Monitoring with measured values per goal against PostgreSQL (ADR 0083): stored and read back per goal,
 * feeding the evaluation's courses; validated with a message per field; old notes stay valid; only staff
 * of the pupil's school in the pupil's region add or read them.
 */
@PlatformTest
@WithRole(system = true)
class MeasuredMonitoringTest {

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
    OppWorkflow workflow;

    @Autowired
    OppMonitoring monitoring;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    OppFixture f;
    final LocalDate today = LocalDate.now();
    OppPlan active;
    UUID reading;
    UUID second;

    @BeforeEach
    void anActivePlanWithTwoGoals() {
        f = new OppFixture(regions, schools, categories);
        PupilSummary pupil = f.pupil(pupils, f.staffA, f.schoolA, "Noor", today.minusMonths(4));
        OppPlan d = f.completeDraft(plans, editor, pupil.id(), today.minusMonths(3));
        OppPlan withTwo = as(() -> editor.addGoal(
                f.staffA,
                d.id(),
                d.version(),
                FactorDomain.LEARNING,
                "Tafels tot 10 binnen 3 seconden",
                "tafels tot 5",
                "methodetoets",
                today.plusMonths(6)));
        OppPlan c = as(() -> workflow.startConsultation(f.staffA, d.id(), withTwo.version()));
        OppPlan a = as(() -> workflow.requestConsent(f.staffA, d.id(), c.version()));
        active = as(() -> workflow.recordConversation(
                f.staffA,
                d.id(),
                a.version(),
                UUID.randomUUID(),
                new ConversationInput(today.minusDays(60), "Ouders, IB", "Instemming", ConsentOutcome.CONSENT, null)));
        List<Goal> goals = active.content().handelingsdeel().goals();
        reading = goals.get(0).key();
        second = goals.get(1).key();
    }

    private <T> T as(Supplier<T> body) {
        return TenantContext.callAs(f.region, body);
    }

    private Observation record(
            StaffScope staff, UUID goal, int daysAgo, MeasureKind kind, String value, String target) {
        return as(() -> monitoring.record(
                staff,
                active.id(),
                UUID.randomUUID(),
                new ObservationInput(
                        goal,
                        null,
                        today.minusDays(daysAgo),
                        kind,
                        new BigDecimal(value),
                        new BigDecimal(target),
                        null)));
    }

    private Observation record(UUID goal, int daysAgo, MeasureKind kind, String value, String target) {
        return record(f.staffA, goal, daysAgo, kind, value, target);
    }

    @Test
    void measuredValuesAreKeptPerGoalAndFeedTheEvaluation() {
        record(reading, 50, MeasureKind.SCORE, "20", "40");
        record(reading, 10, MeasureKind.SCORE, "34", "40");
        record(second, 40, MeasureKind.SCALE, "2", "4");
        record(second, 5, MeasureKind.SCALE, "4", "4");
        as(() -> monitoring.log(f.staffA, active.id(), UUID.randomUUID(), reading, null, today, "Leest vlotter"));

        OppHistory history = as(() -> plans.history(f.staffA, active.id()));
        assertThat(history.observations()).hasSize(5);
        assertThat(history.observations())
                .filteredOn(o -> o.measurement() == null)
                .extracting(Observation::note)
                .containsExactly("Leest vlotter");
        Map<UUID, GoalCourse> courses =
                GoalCourses.byGoal(active.content().handelingsdeel().goals(), history.observations());
        assertThat(courses.get(reading).points())
                .extracting(p -> p.measurement().value())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("20"), new BigDecimal("34"));
        assertThat(courses.get(reading).last().percentOfTarget()).isEqualTo(85);
        assertThat(courses.get(reading).suggested()).isEqualTo(GoalResult.PARTLY);
        assertThat(courses.get(second).suggested()).isEqualTo(GoalResult.ACHIEVED);
        assertThat(as(() -> audit.trailOf(OppAccess.AUDIT_SUBJECT, active.id())).stream()
                        .map(r -> r.action() + " " + r.detail()))
                .contains("UPDATE observation logged with a measured value", "VIEW history");
    }

    @Test
    void badInputIsToldPerFieldAndNothingIsStored() {
        Map<String, ObservationInput> bad = Map.of(
                "opp.validation.dateInFuture",
                new ObservationInput(
                        reading, null, today.plusDays(1), MeasureKind.SCALE, BigDecimal.ONE, BigDecimal.TWO, null),
                "opp.validation.beforeSupportStart",
                new ObservationInput(
                        reading, null, today.minusMonths(5), MeasureKind.SCALE, BigDecimal.ONE, BigDecimal.TWO, null),
                "opp.validation.scaleLevel",
                new ObservationInput(
                        reading, null, today, MeasureKind.SCALE, BigDecimal.valueOf(7), BigDecimal.TWO, null),
                "opp.validation.norm",
                new ObservationInput(reading, null, today, MeasureKind.SCORE, BigDecimal.TEN, null, null),
                "opp.validation.required",
                new ObservationInput(reading, null, today, null, null, null, " "));
        bad.forEach((key, input) -> assertThatThrownBy(
                        () -> as(() -> monitoring.record(f.staffA, active.id(), UUID.randomUUID(), input)))
                .as(key)
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo(key)));
        UUID intervention =
                active.content().handelingsdeel().interventions().get(0).key();
        assertThatThrownBy(() -> as(() -> monitoring.record(
                        f.staffA,
                        active.id(),
                        UUID.randomUUID(),
                        new ObservationInput(
                                null, intervention, today, MeasureKind.SCALE, BigDecimal.ONE, BigDecimal.TWO, null))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.byField()).containsEntry("goal", "opp.validation.measureNeedsGoal"));
        assertThat(as(() -> plans.history(f.staffA, active.id())).observations())
                .isEmpty();
    }

    @Test
    void aRetriedMeasurementIsStoredOnceAndTheDatabaseRefusesAHalfMeasurement() {
        UUID attempt = UUID.randomUUID();
        ObservationInput input = new ObservationInput(
                reading, null, today, MeasureKind.SCALE, BigDecimal.valueOf(3), BigDecimal.valueOf(4), "Gaat beter");
        Observation first = as(() -> monitoring.record(f.staffA, active.id(), attempt, input));
        Observation retried = as(() -> monitoring.record(f.staffA, active.id(), attempt, input));
        assertThat(retried.id()).isEqualTo(first.id());
        assertThat(retried.measurement().kind()).isEqualTo(MeasureKind.SCALE);

        // The row holds all three values; a half measurement is refused by the database too.
        assertThat(inTransaction(() -> jdbc.queryForObject(
                        "SELECT count(*) FROM opp_observation WHERE opp_id = ? AND measure_kind = 'SCALE'"
                                + " AND measured_value = 3 AND target_value = 4",
                        Integer.class,
                        active.id())))
                .isEqualTo(1);
        assertThatThrownBy(() -> inTransaction(
                        () -> jdbc.update("UPDATE opp_observation SET target_value = NULL WHERE id = ?", first.id())))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    private <T> T inTransaction(Supplier<T> body) {
        return as(() -> new TransactionTemplate(transactionManager).execute(s -> body.get()));
    }

    @Test
    void anotherSchoolAnotherRegionOrALowerRoleNeitherAddsNorReads() {
        record(reading, 10, MeasureKind.SCALE, "3", "4");
        ObservationInput input =
                new ObservationInput(reading, null, today, MeasureKind.SCALE, BigDecimal.ONE, BigDecimal.TWO, null);
        List<Runnable> attacks = List.of(
                () -> monitoring.record(f.staffB, active.id(), UUID.randomUUID(), input),
                () -> plans.history(f.staffB, active.id()));
        for (Runnable attack : attacks) {
            assertThatThrownBy(() -> TenantContext.runAs(f.region, attack)).isInstanceOf(OutOfScopeException.class);
        }
        OppFixture other = new OppFixture(regions, schools, categories);
        for (Runnable attack : attacks) {
            assertThatThrownBy(() -> TenantContext.runAs(other.region, attack)).isInstanceOf(OutOfScopeException.class);
        }
        // School A's staff member, but bound to another region, finds nothing either.
        assertThatThrownBy(() -> TenantContext.runAs(
                        other.region, () -> monitoring.record(f.staffA, active.id(), UUID.randomUUID(), input)))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> TenantContext.runAs(other.region, () -> plans.history(f.staffA, active.id())))
                .isInstanceOf(OutOfScopeException.class);
        for (Role lower : List.of(Role.POLICY, Role.TRAINER, Role.PARENT, Role.REGION_ADMIN)) {
            assertThatThrownBy(() -> Callers.run(
                            Callers.person(lower),
                            () -> TenantContext.runAs(
                                    f.region,
                                    () -> monitoring.record(f.staffA, active.id(), UUID.randomUUID(), input))))
                    .as(lower.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> Callers.run(
                            Callers.person(lower),
                            () -> TenantContext.runAs(f.region, () -> plans.history(f.staffA, active.id()))))
                    .as(lower.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as(() -> plans.history(f.staffA, active.id())).observations())
                .as("only the one of school A's staff")
                .hasSize(1);
    }
}
