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

    @Autowired
    RegionExport export;

    @Autowired
    RegionOffboarding offboarding;

    @Autowired
    RegionProvisioning provisioning;

    @Autowired
    RegionDirectory regions;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    BasicSupportProfiles profiles;

    @Autowired
    SupportCategories categories;

    @Autowired
    Invitations invitations;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    IdentityProviderSettings providers;

    @Autowired
    AuditLog audit;

    @Autowired
    FreshDatabase db;

    @Autowired
    PlatformTransactionManager txManager;

    record Filled(UUID region, List<SchoolSummary> schools, UUID adminAccount) {}

    private Filled fill(String code, String brinPrefix) {
        laterFeatureTable();
        UUID region = provisioning.provision(code, "SWV " + code, Sector.PO).getId();
        TestTransactions tx = new TestTransactions(txManager);
        List<SchoolSummary> made = TenantContext.callAs(
                region,
                () -> List.of(
                        schools.add(new SchoolDetails(
                                brinPrefix + "AA", "00", "School A " + code, SchoolType.BAO, "Assen", 210)),
                        schools.add(new SchoolDetails(
                                brinPrefix + "AB", "00", "School B " + code, SchoolType.SBO, "Assen", 90))));
        TenantContext.runAs(region, () -> {
            UUID first = categories.all().getFirst().id();
            profiles.setStandard(Set.of(first), -1);
            profiles.setCoverage(made.getFirst().id(), Set.of(first), -1);
        });
        tx.runAs(
                region,
                () -> audit.record(
                        ADMIN, AuditAction.VIEW, "school", made.getFirst().id(), "test"));
        var admin = accounts.createAccount("beheer@" + code.toLowerCase() + ".nl", "Beheer " + code, "Welkom-2026-x");
        accounts.grant(admin.id(), region, Role.REGION_ADMIN, Set.of());
        TenantContext.runAs(
                region,
                () -> invitations.invite(
                        "nieuw@" + code.toLowerCase() + ".nl",
                        "Nieuw",
                        Set.of(Role.SCHOOL_STAFF),
                        Set.of(made.getFirst().id()),
                        ADMIN,
                        "https://x"));
        providers.configure(region, "https://login.example/" + code, "client-" + code, "geheim-" + code, "email", null);
        db.ownerExecute("insert into later_feature_note (id, tenant_id, body) values ('" + UUID.randomUUID() + "', '"
                + region + "', 'note of " + code + "')");
        return new Filled(region, made, admin.id());
    }

    /** A table another feature might add later, with tenant_id and row-level security (made once). */
    private void laterFeatureTable() {
        if (!db.ownerQuery("select count(*) from pg_class where relname = 'later_feature_note'")
                .getFirst()
                .equals("1")) {
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
        }
    }

    @Test
    void exportThenDeleteOfOneRegionLeavesTheOtherIntact() throws IOException {
        Filled a = fill("PO4101", "41");
        Filled b = fill("PO4102", "42");
        Map<String, String> otherBefore = countsOf(b.region());

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        ExportManifest manifest = TenantContext.callAs(a.region(), () -> export.write(zip, ExportFormat.CSV, ADMIN));
        Map<String, String> files = unzip(zip.toByteArray());
        assertThat(files)
                .containsKeys(
                        "manifest.json",
                        "tenant/school.csv",
                        "tenant/support_category.csv",
                        "tenant/audit_event.csv",
                        "tenant/school_support_profile.csv",
                        "tenant/basic_support_standard.csv",
                        "tenant/later_feature_note.csv",
                        "global/region.csv",
                        "global/people.csv",
                        "global/invitation.csv",
                        "global/identity_provider.csv");
        assertThat(manifest.rowsOf("school")).isEqualTo(2);
        assertThat(manifest.rowsOf("support_category")).isEqualTo(11);
        assertThat(manifest.rowsOf("later_feature_note")).isEqualTo(1);
        assertThat(files.get("tenant/school.csv")).contains("School A PO4101").doesNotContain("PO4102");
        assertThat(files.get("tenant/later_feature_note.csv")).contains("note of PO4101");
        String all = String.join("\n", files.values());
        assertThat(all)
                .as("nothing of the other region, no secrets or hashes")
                .doesNotContain(b.region().toString(), "School A PO4102", "geheim-", "$2a$");
        assertThat(files.get("manifest.json")).contains("\"regionCode\" : \"PO4101\"", "tenant/later_feature_note.csv");

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        TenantContext.runAs(a.region(), () -> export.write(json, ExportFormat.JSON, ADMIN));
        assertThat(unzip(json.toByteArray()).get("tenant/school.json"))
                .startsWith("[{")
                .contains("\"brin\":\"41AA\"");

        assertThatThrownBy(() -> offboarding.delete(a.region(), "PO4101", OPERATOR))
                .as("an active region is not purged")
                .hasMessage("admin.offboard.error.notEnded");
        regions.suspend(a.region());
        assertThatThrownBy(() -> offboarding.delete(a.region(), "PO4101", OPERATOR))
                .as("nor a suspended one: its contract must have ended")
                .hasMessage("admin.offboard.error.notEnded");
        regions.end(a.region());
        assertThatThrownBy(() -> offboarding.delete(a.region(), "PO4102", OPERATOR))
                .as("the typed code must match")
                .hasMessage("admin.offboard.error.confirm");
        assertThat(offboarding.delete(a.region(), " po4101 ", OPERATOR)).isGreaterThan(15);

        Set<String> ids = new java.util.HashSet<>(
                Set.of(a.region().toString(), a.adminAccount().toString()));
        a.schools().forEach(s -> ids.add(s.id().toString()));
        assertThat(occurrencesAnywhere(ids))
                .as("no trace of the region in any uuid column of any table, except the " + "platform's own log")
                .containsOnly("platform_audit_event.region_id");
        assertThat(db.ownerQuery("select actor_name || ' ' || action || ' ' || region_code from platform_audit_event "
                        + "where region_id = '" + a.region() + "'"))
                .as("the platform keeps its record of the purge")
                .contains("Olga Operator REGION_PURGED PO4101");
        assertThat(db.ownerQuery("select count(*) from user_account where email like '%po4101%'"))
                .containsExactly("0");
        assertThat(db.ownerQuery("select count(*) from later_feature_note where body like '%PO4101%'"))
                .containsExactly("0");
        assertThat(countsOf(b.region())).as("the other region is untouched").isEqualTo(otherBefore);
        assertThat(regions.find(b.region())).isPresent();
    }

    /**
     * ADR 0031 in the export: a trainer's private notes, reflections, plans and SWOT/action texts and the
     * buddies' feedback stay out; what the trainer shared (questions for the practice meeting, the
     * questionnaire without names, stakeholders' names and status) goes in; the manifest says what was left out.
     */
    @Test
    void trainersPrivateWordsAndBuddyFeedbackStayOutWhatTheyShareGoesIn() throws IOException {
        Filled a = fill("PO4103", "43");
        UUID region = a.region();
        UUID anna = accounts.createAccount("anna@po4103.nl", "Anna Trainer", "Welkom-2026-x")
                .id();
        UUID bram = accounts.createAccount("bram@po4103.nl", "Bram Trainer", "Welkom-2026-x")
                .id();
        UUID stakeholder = UUID.randomUUID();
        UUID pair = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        String r = "'" + region + "'";
        String t = "'" + anna + "'";
        db.ownerExecute(String.join(
                ";\n",
                "insert into trainer_profile (id, tenant_id, trainer_id, programme_group, two_year_hope) values ('"
                        + UUID.randomUUID() + "', " + r + ", " + t + ", 'SHARED-group', 'PRIVATE-hope')",
                "insert into stakeholder (id, tenant_id, trainer_id, kind, name, role, involvement, influence, interest,"
                        + " status, private_notes, created_at) values ('" + stakeholder + "', " + r + ", " + t
                        + ", 'PERSON', 'SHARED-Jan de Vries', 'PRIVATE-role', 'PRIVATE-involvement', 'HIGH', 'LOW',"
                        + " 'ON_BOARD', 'PRIVATE-note: twijfelt aan de directie', now())",
                "insert into stakeholder_conversation (id, tenant_id, stakeholder_id, held_on, topic, opps_reviewed,"
                        + " follow_up) values ('" + UUID.randomUUID() + "', " + r + ", '" + stakeholder
                        + "', current_date, 'PRIVATE-topic', true, 'PRIVATE-follow-up')",
                "insert into audience_analysis (id, tenant_id, trainer_id, publiek, kernboodschap) values ('"
                        + UUID.randomUUID() + "', " + r + ", " + t + ", 'PRIVATE-publiek', 'PRIVATE-kern')",
                "insert into unhelpful_thought (id, tenant_id, trainer_id, thought, answer, created_at) values ('"
                        + UUID.randomUUID() + "', " + r + ", " + t + ", 'PRIVATE-thought', 'PRIVATE-answer', now())",
                "insert into swot_item (id, tenant_id, trainer_id, quadrant, text, created_at) values ('"
                        + UUID.randomUUID() + "', " + r + ", " + t + ", 'WEAKNESS', 'PRIVATE-swot', now())",
                "insert into verwerking_action (id, tenant_id, trainer_id, position, title, status, notes) values ('"
                        + UUID.randomUUID() + "', " + r + ", " + t + ", 5, 'PRIVATE-action', 'DONE', 'PRIVATE-notes')",
                "insert into practice_question (id, tenant_id, trainer_id, text, for_next_meeting, created_at) values ('"
                        + UUID.randomUUID() + "', " + r + ", " + t + ", 'SHARED-question', true, now()), ('"
                        + UUID.randomUUID() + "', " + r + ", " + t + ", 'PRIVATE-question', false, now())",
                "insert into buddy_pair (id, tenant_id, requester_id, partner_id, status, message, mission, approach,"
                        + " requested_at) values ('" + pair + "', " + r + ", " + t + ", '" + bram
                        + "', 'ACTIVE', 'PRIVATE-message', 'PRIVATE-mission', 'PRIVATE-approach', now())",
                "insert into buddy_feedback (id, tenant_id, pair_id, author_id, recipient_id, text, created_at) values ('"
                        + UUID.randomUUID() + "', " + r + ", '" + pair + "', '" + bram + "', " + t
                        + ", 'PRIVATE-feedback', now())",
                "insert into programme_meeting (id, tenant_id, position, kind, title, school_year) values ('" + meeting
                        + "', " + r + ", 1, 'REGIONAL', 'SHARED-meeting', '2026-2027')",
                "insert into programme_response (id, tenant_id, meeting_id, trainer_id, usefulness, learned, answered_at)"
                        + " values ('" + UUID.randomUUID() + "', " + r + ", '" + meeting + "', '" + bram
                        + "', 4, 'SHARED-learned', now())"));

        for (ExportFormat format : ExportFormat.values()) {
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            ExportManifest manifest = TenantContext.callAs(region, () -> export.write(zip, format, ADMIN));
            Map<String, String> files = unzip(zip.toByteArray());
            String all = String.join("\n", files.values());
            assertThat(all)
                    .as("no private text of a trainer or buddy in any file (%s)", format)
                    .doesNotContain("PRIVATE-");
            assertThat(all)
                    .contains(
                            "SHARED-group",
                            "SHARED-Jan de Vries",
                            "SHARED-question",
                            "SHARED-learned",
                            "SHARED-meeting");
            String ext = "." + format.name().toLowerCase();
            assertThat(files)
                    .doesNotContainKeys(
                            "tenant/buddy_feedback" + ext,
                            "tenant/unhelpful_thought" + ext,
                            "tenant/audience_analysis" + ext);
            assertThat(files.get("tenant/programme_response" + ext))
                    .as("answers without names")
                    .doesNotContain(bram.toString())
                    .contains("SHARED-learned");
            assertThat(files.get("tenant/stakeholder" + ext))
                    .contains("ON_BOARD")
                    .doesNotContain("private_notes");
            assertThat(manifest.rowsOf("practice_question"))
                    .as("only the question shared for the meeting")
                    .isEqualTo(1);
            assertThat(manifest.rowsOf("stakeholder_conversation"))
                    .as("the conversation is counted")
                    .isEqualTo(1);
            assertThat(manifest.leftOutOf("buddy_feedback"))
                    .get()
                    .extracting(ExportManifest.LeftOut::part)
                    .isEqualTo("the whole table");
            assertThat(manifest.leftOutOf("stakeholder"))
                    .get()
                    .extracting(ExportManifest.LeftOut::part)
                    .isEqualTo("columns role, involvement, private_notes");
            assertThat(files.get("manifest.json")).contains("\"leftOut\"", "unhelpful_thought", "ADR 0031");
        }
    }

    /** A table added later whose rows belong to a person and that no export rule declares is left out. */
    @Test
    void aPersonalTableWithoutAnExportRuleIsLeftOut() throws IOException {
        Filled a = fill("PO4104", "44");
        try {
            db.ownerExecute("""
                    CREATE TABLE later_trainer_diary (id uuid primary key, tenant_id uuid not null references region(id),
                      trainer_id uuid not null references user_account(id), body text not null);
                    GRANT SELECT ON later_trainer_diary TO uitzicht_app;
                    """);
            db.ownerExecute("insert into later_trainer_diary values ('" + UUID.randomUUID() + "', '" + a.region()
                    + "', '" + a.adminAccount() + "', 'PRIVATE-diary')");
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            ExportManifest manifest =
                    TenantContext.callAs(a.region(), () -> export.write(zip, ExportFormat.CSV, ADMIN));
            Map<String, String> files = unzip(zip.toByteArray());
            assertThat(files)
                    .doesNotContainKey("tenant/later_trainer_diary.csv")
                    .containsKey("tenant/school.csv");
            assertThat(String.join("\n", files.values())).doesNotContain("PRIVATE-diary");
            assertThat(manifest.leftOutOf("later_trainer_diary"))
                    .get()
                    .extracting(ExportManifest.LeftOut::reason)
                    .asString()
                    .contains("no export rule");
        } finally {
            db.ownerExecute("DROP TABLE later_trainer_diary");
        }
    }

    /** A name that a spreadsheet would run as a formula comes out of the CSV export as text. */
    @Test
    void formulasInNamesAreNeutralisedInTheCsvExport() throws IOException {
        Filled a = fill("PO4105", "45");
        String formula = "=HYPERLINK(\"http://x\")";
        TenantContext.runAs(
                a.region(),
                () -> schools.add(new SchoolDetails("45ZZ", "00", formula, SchoolType.BAO, "@SUM(1+1)", 100)));
        UUID trainer = accounts.createAccount("t@po4105.nl", "-2+3+cmd", "Welkom-2026-x")
                .id();
        accounts.grant(trainer, a.region(), Role.TRAINER, Set.of());
        db.ownerExecute("insert into stakeholder (id, tenant_id, trainer_id, kind, name, influence, interest, status,"
                + " created_at) values ('" + UUID.randomUUID() + "', '" + a.region() + "', '" + trainer
                + "', 'PERSON', '+31 6 HYPERLINK', 'LOW', 'LOW', 'NOT_APPROACHED', now())");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        TenantContext.runAs(a.region(), () -> export.write(zip, ExportFormat.CSV, ADMIN));
        Map<String, String> files = unzip(zip.toByteArray());
        assertThat(files.get("tenant/school.csv"))
                .contains("\"'=HYPERLINK(\"\"http://x\"\")\"", "'@SUM(1+1)")
                .doesNotContain(",\"=HYPERLINK", ",=HYPERLINK", ",@SUM");
        assertThat(files.get("tenant/stakeholder.csv"))
                .contains("'+31 6 HYPERLINK")
                .doesNotContain(",+31");
        assertThat(files.get("global/people.csv")).contains("'-2+3+cmd").doesNotContain(",-2+3+cmd");
        assertThat(files.get("tenant/school.csv")).as("numbers stay numbers").contains(",100,");
    }

    /** Rows per table for the region (every tenant_id table) plus its memberships, invitations and provider. */
    private Map<String, String> countsOf(UUID region) {
        Map<String, String> counts = new HashMap<>();
        for (String table : db.ownerQuery("select table_name from information_schema.columns "
                + "where table_schema = 'public' and column_name = 'tenant_id'")) {
            counts.put(
                    table,
                    db.ownerQuery(
                                    "select count(*) || ':' || coalesce(md5(string_agg(t::text, ',' order by t::text)), '') from \""
                                            + table + "\" t where tenant_id = '" + region + "'")
                            .getFirst());
        }
        for (String table : List.of("membership", "invitation", "region_identity_provider")) {
            counts.put(
                    table,
                    db.ownerQuery("select count(*) from " + table + " where region_id = '" + region + "'")
                            .getFirst());
        }
        counts.put(
                "accounts",
                db.ownerQuery("select count(*) || ':' || string_agg(u.email || u.enabled, ',') "
                                + "from user_account u join membership m on m.user_id = u.id where m.region_id = '"
                                + region + "'")
                        .getFirst());
        return counts;
    }

    /** table.column of every uuid (or uuid[]) value anywhere in the schema that is one of {@code ids}. */
    private List<String> occurrencesAnywhere(Set<String> ids) {
        String list = ids.stream()
                .map(id -> "'" + id + "'::uuid")
                .reduce((x, y) -> x + "," + y)
                .orElseThrow();
        List<String> found = new java.util.ArrayList<>();
        for (String column : db.ownerQuery("select table_name || '.' || column_name || '.' || udt_name "
                + "from information_schema.columns where table_schema = 'public' and udt_name in ('uuid', '_uuid')")) {
            String[] p = column.split("\\.");
            String condition = p[2].equals("uuid")
                    ? "\"" + p[1] + "\" in (" + list + ")"
                    : "\"" + p[1] + "\" && array[" + list + "]";
            if (!db.ownerQuery("select count(*) from \"" + p[0] + "\" where " + condition)
                    .getFirst()
                    .equals("0")) {
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
