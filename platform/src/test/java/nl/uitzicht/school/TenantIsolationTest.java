package nl.uitzicht.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.TestDatabases.FreshDatabase;
import nl.uitzicht.testing.TestTransactions;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Region A can never see or touch region B's rows: not through JPA, not through native SQL
 * without a WHERE clause, not with a detached entity carrying B's id. One pooled connection only,
 * so a tenant setting that leaked into the next transaction would show.
 */
@PlatformTest
@WithRole(system = true)
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=1")
class TenantIsolationTest {

    @Autowired
    Schools schools;

    @Autowired
    RegionDirectory regions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager em;

    @Autowired
    FreshDatabase db;

    @Autowired
    PlatformTransactionManager transactionManager;

    TestTransactions tx;
    UUID a;
    UUID b;
    UUID schoolOfB;

    @BeforeEach
    void twoRegions() {
        tx = new TestTransactions(transactionManager);
        db.ownerExecute("TRUNCATE school, region CASCADE");
        a = regions.register("PO0001", "Regio A", Sector.PO).getId();
        b = regions.register("PO0002", "Regio B", Sector.PO).getId();
        tx.runAs(a, () -> {
            schools.save(new School("11AA", "00", "A1", SchoolType.BAO, "Aa", 100));
            schools.save(new School("11AB", "00", "A2", SchoolType.SBO, "Aa", 50));
        });
        schoolOfB = tx.as(
                b,
                () -> schools.save(new School("22BB", "00", "B1", SchoolType.BAO, "Bee", 70))
                        .getId());
    }

    @AfterEach
    void unbind() {
        TenantContext.clear();
    }

    @Test
    void jpaReadsAndWritesStayInsideTheRegion() {
        assertThat(tx.as(
                        a,
                        () -> schools.findAllOrdered().stream()
                                .map(s -> s.summary().name())
                                .toList()))
                .containsExactly("A1", "A2");
        assertThat(tx.as(a, () -> schools.findById(schoolOfB))).isEmpty();
        assertThat(tx.as(a, () -> em.find(School.class, schoolOfB))).isNull();
        assertThat(tx.as(
                        a,
                        () -> em.createQuery("update School s set s.name = 'x'").executeUpdate()))
                .isEqualTo(2);
        assertThat(tx.as(
                        a,
                        () -> em.createQuery("delete from School s where s.id = :id")
                                .setParameter("id", schoolOfB)
                                .executeUpdate()))
                .isZero();
        tx.runAs(a, () -> schools.deleteById(schoolOfB));

        assertThat(db.ownerQuery("select name from school where id = '" + schoolOfB + "'"))
                .containsExactly("B1");
    }

    @Test
    void nativeSqlWithoutWhereClauseSeesOnlyTheRegion() {
        assertThat(tx.as(a, () -> jdbc.queryForObject("select count(*) from school", Long.class)))
                .isEqualTo(2);
        assertThat(tx.as(b, () -> jdbc.queryForList("select name from school", String.class)))
                .containsExactly("B1");
        assertThat(tx.as(a, () -> jdbc.update("update school set name = 'hacked'")))
                .isEqualTo(2);
        assertThat(tx.as(a, () -> jdbc.update("delete from school where id = ?", schoolOfB)))
                .isZero();
        assertThatThrownBy(() -> tx.runAs(
                        a,
                        () -> jdbc.update(
                                "insert into school (id, tenant_id, brin, vestiging, name, type) values (?, ?, '33CC', '00', 'x', 'BAO')",
                                UUID.randomUUID(),
                                b)))
                .rootCause()
                .hasMessageContaining("row-level security");

        assertThat(db.ownerQuery("select count(*) from school")).containsExactly("3");
        assertThat(db.ownerQuery("select name from school where tenant_id = '" + b + "'"))
                .containsExactly("B1");
    }

    @Test
    void aDetachedEntityOfAnotherRegionCannotBeWrittenBack() {
        School detached = tx.as(b, () -> schools.findById(schoolOfB).orElseThrow());
        detached.rename("overwritten by A");
        assertThatThrownBy(() -> tx.runAs(a, () -> schools.saveAndFlush(detached)))
                .isInstanceOf(RuntimeException.class);

        School forged = new School("22BB", "01", "forged", SchoolType.BAO, null, 1);
        forged.setId(schoolOfB);
        assertThatThrownBy(() -> tx.runAs(a, () -> schools.saveAndFlush(forged)))
                .isInstanceOf(RuntimeException.class);

        assertThat(db.ownerQuery("select name from school where id = '" + schoolOfB + "'"))
                .containsExactly("B1");
    }

    @Test
    void noRegionBoundMeansNoRows() {
        assertThat(tx.inTx(() -> schools.count())).isZero();
        assertThat(tx.inTx(() -> jdbc.queryForObject("select count(*) from school", Long.class)))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from school", Long.class))
                .isZero();
        assertThatThrownBy(() -> tx.inTx(
                        () -> schools.saveAndFlush(new School("44DD", "00", "nobody's", SchoolType.BAO, null, 1))))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void theRegionSettingNeverSurvivesIntoTheNextTransaction() {
        String probe = "select pg_backend_pid() as pid, current_setting('app.tenant_id', true) as t";
        Map<String, Object> inA = tx.as(a, () -> jdbc.queryForMap(probe));
        assertThat(inA.get("t")).isEqualTo(a.toString());

        Map<String, Object> next = tx.inTx(() -> jdbc.queryForMap(probe));
        assertThat(next.get("pid")).isEqualTo(inA.get("pid"));
        assertThat((String) next.get("t")).isNullOrEmpty();

        Map<String, Object> autocommit = jdbc.queryForMap(probe);
        assertThat(autocommit.get("pid")).isEqualTo(inA.get("pid"));
        assertThat((String) autocommit.get("t")).isNullOrEmpty();

        assertThatThrownBy(() -> tx.as(a, () -> {
                    jdbc.queryForMap(probe);
                    throw new IllegalStateException("rolled back");
                }))
                .isInstanceOf(IllegalStateException.class);
        Map<String, Object> afterRollback = tx.inTx(() -> jdbc.queryForMap(probe));
        assertThat(afterRollback.get("pid")).isEqualTo(inA.get("pid"));
        assertThat((String) afterRollback.get("t")).isNullOrEmpty();

        assertThat(tx.as(b, () -> schools.count())).isEqualTo(1);
        assertThat(tx.as(a, () -> schools.count())).isEqualTo(2);
    }
}
