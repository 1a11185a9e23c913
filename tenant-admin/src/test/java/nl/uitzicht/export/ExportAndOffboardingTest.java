package nl.uitzicht.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.uitzicht.TenantAdminTest;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.IdentityProviderSettings;
import nl.uitzicht.identity.Role;
import nl.uitzicht.invitation.Invitations;
import nl.uitzicht.provisioning.RegionProvisioning;
import nl.uitzicht.school.BasicSupportProfiles;
import nl.uitzicht.school.SchoolDetails;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.TestDatabases.FreshDatabase;
import nl.uitzicht.testing.TestTransactions;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Export then delete of one region, against real PostgreSQL. A table another feature might add
 * later (made here, with tenant_id and row-level security) is exported and purged too, without any
 * change to the export or the purge.
 */
@TenantAdminTest
@WithRole(system = true)
class ExportAndOffboardingTest {

    static final Actor ADMIN = new Actor(UUID.randomUUID(), "Bea Beheer");
    static final Actor OPERATOR = new Actor(UUID.randomUUID(), "Olga Operator");

    @Autowired RegionExport export;
    @Autowired RegionOffboarding offboarding;
    @Autowired RegionProvisioning provisioning;
    @Autowired RegionDirectory regions;
    @Autowired SchoolDirectory schools;
    @Autowired BasicSupportProfiles profiles;
    @Autowired SupportCategories categories;
    @Autowired Invitations invitations;
    @Autowired AccountDirectory accounts;
    @Autowired IdentityProviderSettings providers;
    @Autowired AuditLog audit;
    @Autowired FreshDatabase db;
    @Autowired PlatformTransactionManager txManager;

    record Filled(UUID region, List<SchoolSummary> schools, UUID adminAccount) {
    }

    private Filled fill(String code, String brinPrefix) {
        UUID region = provisioning.provision(code, "SWV " + code, Sector.PO).getId();
        TestTransactions tx = new TestTransactions(txManager);
        List<SchoolSummary> made = TenantContext.callAs(region, () -> List.of(
                schools.add(new SchoolDetails(brinPrefix + "AA", "00", "School A " + code, SchoolType.BAO, "Assen", 210)),
                schools.add(new SchoolDetails(brinPrefix + "AB", "00", "School B " + code, SchoolType.SBO, "Assen", 90))));
        TenantContext.runAs(region, () -> {
            UUID first = categories.all().getFirst().id();
            profiles.setStandard(Set.of(first), -1);
            profiles.setCoverage(made.getFirst().id(), Set.of(first), -1);
        });
        tx.runAs(region, () -> audit.record(ADMIN, AuditAction.VIEW, "school", made.getFirst().id(), "test"));
        var admin = accounts.createAccount("beheer@" + code.toLowerCase() + ".nl", "Beheer " + code, "Welkom-2026-x");
        accounts.grant(admin.id(), region, Role.REGION_ADMIN, Set.of());
        TenantContext.runAs(region, () -> invitations.invite("nieuw@" + code.toLowerCase() + ".nl", "Nieuw",
                Set.of(Role.SCHOOL_STAFF), Set.of(made.getFirst().id()), ADMIN, "https://x"));
        providers.configure(region, "https://login.example/" + code, "client-" + code, "geheim-" + code, "email", null);
        db.ownerExecute("insert into later_feature_note (id, tenant_id, body) values ('" + UUID.randomUUID() + "', '"
                + region + "', 'note of " + code + "')");
        return new Filled(region, made, admin.id());
    }

    @Test
    void exportThenDeleteOfOneRegionLeavesTheOtherIntact() throws IOException {
        db.ownerExecute("""
                CREATE TABLE later_feature_note (id uuid primary key, tenant_id uuid not null references region(id),
                  body text not null);
                CREATE INDEX later_feature_note_tenant_idx ON later_feature_note (tenant_id);
                ALTER TABLE later_feature_note ENABLE ROW LEVEL SECURITY;
                CREATE POLICY tenant_isolation ON later_feature_note
                  USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
                GRANT SELECT, INSERT, UPDATE, DELETE ON later_feature_note TO uitzicht_app;
                """);
        Filled a = fill("PO4101", "41");
        Filled b = fill("PO4102", "42");
        Map<String, String> otherBefore = countsOf(b.region());

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        ExportManifest manifest = TenantContext.callAs(a.region(), () -> export.write(zip, ExportFormat.CSV, ADMIN));
        Map<String, String> files = unzip(zip.toByteArray());
        assertThat(files).containsKeys("manifest.json", "tenant/school.csv", "tenant/support_category.csv",
                "tenant/audit_event.csv", "tenant/school_support_profile.csv", "tenant/basic_support_standard.csv",
                "tenant/later_feature_note.csv", "global/region.csv", "global/people.csv", "global/invitation.csv",
                "global/identity_provider.csv");
        assertThat(manifest.rowsOf("school")).isEqualTo(2);
        assertThat(manifest.rowsOf("support_category")).isEqualTo(11);
        assertThat(manifest.rowsOf("later_feature_note")).isEqualTo(1);
        assertThat(files.get("tenant/school.csv")).contains("School A PO4101").doesNotContain("PO4102");
        assertThat(files.get("tenant/later_feature_note.csv")).contains("note of PO4101");
        String all = String.join("\n", files.values());
        assertThat(all).as("nothing of the other region, no secrets or hashes")
                .doesNotContain(b.region().toString(), "School A PO4102", "geheim-", "$2a$");
        assertThat(files.get("manifest.json")).contains("\"regionCode\" : \"PO4101\"", "tenant/later_feature_note.csv");

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        TenantContext.runAs(a.region(), () -> export.write(json, ExportFormat.JSON, ADMIN));
        assertThat(unzip(json.toByteArray()).get("tenant/school.json")).startsWith("[{").contains("\"brin\":\"41AA\"");

        assertThatThrownBy(() -> offboarding.delete(a.region(), "PO4101", OPERATOR))
                .as("an active region is suspended first").hasMessage("admin.offboard.error.active");
        regions.suspend(a.region());
        assertThatThrownBy(() -> offboarding.delete(a.region(), "PO4102", OPERATOR))
                .as("the typed code must match").hasMessage("admin.offboard.error.confirm");
        assertThat(offboarding.delete(a.region(), " po4101 ", OPERATOR)).isGreaterThan(15);

        Set<String> ids = new java.util.HashSet<>(Set.of(a.region().toString(), a.adminAccount().toString()));
        a.schools().forEach(s -> ids.add(s.id().toString()));
        assertThat(occurrencesAnywhere(ids)).as("no trace of the region in any uuid column of any table").isEmpty();
        assertThat(db.ownerQuery("select count(*) from user_account where email like '%po4101%'")).containsExactly("0");
        assertThat(db.ownerQuery("select count(*) from later_feature_note where body like '%PO4101%'"))
                .containsExactly("0");
        assertThat(countsOf(b.region())).as("the other region is untouched").isEqualTo(otherBefore);
        assertThat(regions.find(b.region())).isPresent();
    }

    /** Rows per table for the region (every tenant_id table) plus its memberships, invitations and provider. */
    private Map<String, String> countsOf(UUID region) {
        Map<String, String> counts = new HashMap<>();
        for (String table : db.ownerQuery("select table_name from information_schema.columns "
                + "where table_schema = 'public' and column_name = 'tenant_id'")) {
            counts.put(table, db.ownerQuery("select count(*) || ':' || coalesce(md5(string_agg(t::text, ',' order by t::text)), '') from \""
                    + table + "\" t where tenant_id = '" + region + "'").getFirst());
        }
        for (String table : List.of("membership", "invitation", "region_identity_provider")) {
            counts.put(table, db.ownerQuery("select count(*) from " + table + " where region_id = '" + region + "'")
                    .getFirst());
        }
        counts.put("accounts", db.ownerQuery("select count(*) || ':' || string_agg(u.email || u.enabled, ',') "
                + "from user_account u join membership m on m.user_id = u.id where m.region_id = '" + region + "'")
                .getFirst());
        return counts;
    }

    /** table.column of every uuid (or uuid[]) value anywhere in the schema that is one of {@code ids}. */
    private List<String> occurrencesAnywhere(Set<String> ids) {
        String list = ids.stream().map(id -> "'" + id + "'::uuid").reduce((x, y) -> x + "," + y).orElseThrow();
        List<String> found = new java.util.ArrayList<>();
        for (String column : db.ownerQuery("select table_name || '.' || column_name || '.' || udt_name "
                + "from information_schema.columns where table_schema = 'public' and udt_name in ('uuid', '_uuid')")) {
            String[] p = column.split("\\.");
            String condition = p[2].equals("uuid") ? "\"" + p[1] + "\" in (" + list + ")"
                    : "\"" + p[1] + "\" && array[" + list + "]";
            if (!db.ownerQuery("select count(*) from \"" + p[0] + "\" where " + condition).getFirst().equals("0")) {
                found.add(p[0] + "." + p[1]);
            }
        }
        return found;
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
