package nl.uitzicht.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.testing.TestDatabases.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every table with a tenant_id column has row-level security enabled and the tenant_isolation
 * policy in USING and WITH CHECK; the app role can bypass none of it.
 */
@PlatformTest
class RowLevelSecurityCoverageTest {

    /** Tenant-owned tables that lack RLS, or the tenant_isolation policy, or its WITH CHECK. */
    static final String UNPROTECTED_TABLES = """
            select c.table_name
              from information_schema.columns c
              join pg_class t on t.relname = c.table_name and t.relkind = 'r'
              join pg_namespace n on n.oid = t.relnamespace and n.nspname = c.table_schema
             where c.table_schema = 'public' and c.column_name = 'tenant_id'
               and (not t.relrowsecurity
                    or not exists (select 1 from pg_policies p
                                    where p.schemaname = 'public' and p.tablename = c.table_name
                                      and p.policyname = 'tenant_isolation'
                                      and p.qual like '%app.tenant_id%'
                                      and p.with_check like '%app.tenant_id%'))
             order by 1
            """;

    @Autowired
    FreshDatabase db;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyTenantOwnedTableIsProtected() {
        assertThat(db.ownerQuery("select count(*) from information_schema.columns "
                        + "where table_schema = 'public' and column_name = 'tenant_id'"))
                .as("there are tenant-owned tables to check")
                .isNotEqualTo(List.of("0"));
        assertThat(db.ownerQuery(UNPROTECTED_TABLES)).isEmpty();
    }

    @Test
    void aTenantOwnedTableWithoutRowLevelSecurityIsCaught() {
        db.ownerExecute("CREATE TABLE rogue_notes (id uuid primary key, tenant_id uuid not null, body text)");
        try {
            assertThat(db.ownerQuery(UNPROTECTED_TABLES)).containsExactly("rogue_notes");
            db.ownerExecute("ALTER TABLE rogue_notes ENABLE ROW LEVEL SECURITY");
            assertThat(db.ownerQuery(UNPROTECTED_TABLES))
                    .as("RLS without a policy is not enough")
                    .containsExactly("rogue_notes");
        } finally {
            db.ownerExecute("DROP TABLE rogue_notes");
        }
    }

    @Test
    void theApplicationRoleCannotBypassRowLevelSecurity() {
        assertThat(jdbc.queryForObject(
                        "select rolsuper or rolbypassrls from pg_roles where rolname = current_user", Boolean.class))
                .isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from pg_tables where schemaname = 'public' " + "and tableowner = current_user",
                        Long.class))
                .isZero();
    }

    @Test
    void theAuditTrailIsAppendOnlyForTheApplication() {
        assertThat(jdbc.queryForList(
                        "select privilege_type from information_schema.table_privileges "
                                + "where table_name = 'audit_event' and grantee = current_user order by 1",
                        String.class))
                .containsExactly("INSERT", "SELECT");
    }
}
