package nl.uitzicht.opp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.failure.FailureKind;
import nl.uitzicht.failure.Failures;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.Callers;
import nl.uitzicht.testing.TestDatabases.FreshDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Issue 22: a database connection that dies under a scoped lookup is an outage, never "not found". The pool's
 * connection is really ended by PostgreSQL ({@code pg_terminate_backend}), then the staff member opens their
 * own pupil and plan: the answer is the plan, or a failure classified as an outage; never
 * {@link OutOfScopeException}. And the dead connection leaves nothing bound to the thread: the next call works.
 */
@PlatformTest
class ScopedLookupDuringOutageTest {

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
    DataSource dataSource;

    @Autowired
    FreshDatabase database;

    OppFixture f;
    PupilSummary pupil;
    OppPlan plan;

    @BeforeEach
    void aPlanOfSchoolA() {
        f = Callers.call(Callers.system(), () -> new OppFixture(regions, schools, categories));
        pupil = asStaffA(() -> f.pupil(pupils, f.staffA, f.schoolA, "Ada", LocalDate.now()));
        plan = asStaffA(() -> plans.start(f.staffA, pupil.id(), null));
    }

    @Test
    void aConnectionEndedUnderTheLookupIsAnOutageNotNotFound() throws Exception {
        for (int round = 0; round < 3; round++) {
            terminateThePoolConnectionOfThisThread();
            Throwable planFailure = catchThrowable(() -> asStaffA(() -> plans.open(f.staffA, plan.id())));
            assertOutageOrNothing(planFailure);
            assertThat(TransactionSynchronizationManager.getResourceMap())
                    .as("nothing of the failed transaction stays bound to the thread")
                    .isEmpty();

            terminateThePoolConnectionOfThisThread();
            Throwable pupilFailure = catchThrowable(() -> asStaffA(() -> pupils.get(f.staffA, pupil.id())));
            assertOutageOrNothing(pupilFailure);
            assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();

            assertThat(asStaffA(() -> plans.open(f.staffA, plan.id())).id())
                    .as("served again once the database answers")
                    .isEqualTo(plan.id());
            assertThat(asStaffA(() -> pupils.get(f.staffA, pupil.id())).id()).isEqualTo(pupil.id());
        }
    }

    private static void assertOutageOrNothing(Throwable failure) {
        if (failure != null) {
            assertThat(failure).isNotInstanceOf(OutOfScopeException.class);
            assertThat(Failures.classify(failure)).as(failure.toString()).isEqualTo(FailureKind.UNAVAILABLE);
        }
    }

    /**
     * Takes the pool connection this thread gets next (Hikari hands a thread the connection it returned last)
     * and has PostgreSQL end its backend, as a crash or failover would; the pool does not know yet.
     */
    private void terminateThePoolConnectionOfThisThread() throws Exception {
        int pid;
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select pg_backend_pid()")) {
            r.next();
            pid = r.getInt(1);
        }
        try (Connection owner = database.ownerConnection();
                Statement s = owner.createStatement()) {
            s.execute("select pg_terminate_backend(" + pid + ", 5000)");
        }
    }

    private <T> T asStaffA(Supplier<T> body) {
        return Callers.call(Callers.staff(f.staffA), () -> TenantContext.callAs(f.region, body));
    }
}
