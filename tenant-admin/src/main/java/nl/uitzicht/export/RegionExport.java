package nl.uitzicht.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.uitzicht.access.RegionAdminOnly;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.PlatformAction;
import nl.uitzicht.audit.PlatformLog;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * All of the current region's data as a ZIP: one file per table that has a {@code tenant_id} column
 * (found in {@code information_schema}, so tables added later by any feature are included), the
 * region's global rows (the region, its people and roles, invitations, identity provider, never
 * password hashes, token hashes or secrets), and a {@code manifest.json} listing every file and
 * everything left out, with the reason.
 *
 * <p>Not everything in the region's tables is the region's: a trainer's private notes, reflections
 * and plans, and the feedback buddies give each other, stay out unless their authors shared them
 * (ADR 0031). {@link ExportRules} declares per table what goes; a table whose rows belong to a person
 * (a foreign key to {@code user_account}, directly or through another such table) and that no rule
 * declares is left out, so a feature added later cannot leak its users' notes by default.
 */
@Service
@RegionAdminOnly
public class RegionExport {

    /** Every table of the application schema with a tenant_id column. */
    static final String TENANT_TABLES = """
            select c.table_name from information_schema.columns c
              join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
             where c.table_schema = current_schema() and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE'
             order by c.table_name""";

    /**
     * Tenant tables whose rows belong to a person: a foreign key to {@code user_account}, or to another
     * such table (a conversation of a trainer's stakeholder, feedback on a buddy pairing).
     */
    static final String PERSONAL_TABLES = """
            with recursive fk(tbl, ref) as (
              select src.relname::text, dst.relname::text from pg_constraint c
                join pg_class src on src.oid = c.conrelid
                join pg_class dst on dst.oid = c.confrelid
                join pg_namespace n on n.oid = src.relnamespace
               where c.contype = 'f' and n.nspname = current_schema()
            ), personal(tbl) as (
              select tbl from fk where ref = 'user_account'
              union
              select fk.tbl from fk join personal p on fk.ref = p.tbl
            )
            select p.tbl from personal p
             where p.tbl in (select table_name from information_schema.columns
                              where table_schema = current_schema() and column_name = 'tenant_id')
             order by 1""";

    private static final Map<String, String> GLOBAL = new LinkedHashMap<>();

    static {
        GLOBAL.put("region", "select id, code, name, sector, status, created_at from region where id = ?");
        GLOBAL.put("people", """
                select u.id as account_id, u.email, u.display_name, u.enabled, m.role,
                       array(select ms.school_id from membership_school ms where ms.membership_id = m.id) as school_ids
                  from membership m join user_account u on u.id = m.user_id
                 where m.region_id = ? order by u.email, m.role""");
        GLOBAL.put("invitation", """
                select id, email, display_name, roles, school_ids, created_at, expires_at, accepted_at, revoked_at,
                       invited_by_name, sent_count from invitation where region_id = ? order by created_at""");
        GLOBAL.put("identity_provider", """
                select issuer_uri, client_id, email_claim, brin_claim, enabled
                  from region_identity_provider where region_id = ?""");
    }

    private final JdbcTemplate jdbc;
    private final RegionDirectory regions;
    private final PlatformLog log;
    private final Clock clock;

    RegionExport(JdbcTemplate jdbc, RegionDirectory regions, PlatformLog log, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.regions = regions;
        this.log = log;
    }

    /** The tables that hold region data, discovered at run time. */
    @Transactional(readOnly = true)
    public List<String> tenantTables() {
        return jdbc.queryForList(TENANT_TABLES, String.class);
    }

    /** The tenant tables whose rows belong to a person (they need an {@link ExportRules} rule to be exported). */
    @Transactional(readOnly = true)
    public List<String> personalTables() {
        return jdbc.queryForList(PERSONAL_TABLES, String.class);
    }

    /**
     * Writes the ZIP to {@code out} (not closed). Runs as the bound region: row-level security applies too.
     * Private data is left out as {@link ExportRules} says; the manifest lists what and why.
     */
    @Transactional
    public ExportManifest write(OutputStream out, ExportFormat format, Actor actor) {
        UUID regionId = TenantContext.require();
        Region region = regions.find(regionId).orElseThrow();
        log.regionAction(
                actor,
                PlatformAction.REGION_EXPORTED,
                AuditAction.EXPORT,
                "region",
                regionId,
                "Export of all region data (" + format + ")");
        List<ExportManifest.Entry> entries = new ArrayList<>();
        List<ExportManifest.LeftOut> leftOut = new ArrayList<>();
        try {
            ZipOutputStream zip = new ZipOutputStream(new NonClosingOutputStream(out));
            Set<String> personal = Set.copyOf(personalTables());
            for (String table : tenantTables()) {
                Optional<String> sql = selectOf(table, personal, leftOut);
                if (sql.isPresent()) {
                    entries.add(file(
                            zip,
                            "tenant/" + table + "." + format.extension(),
                            table,
                            "tenant",
                            sql.get(),
                            regionId,
                            format));
                }
            }
            for (Map.Entry<String, String> global : GLOBAL.entrySet()) {
                entries.add(file(
                        zip,
                        "global/" + global.getKey() + "." + format.extension(),
                        global.getKey(),
                        "global",
                        global.getValue(),
                        regionId,
                        format));
            }
            ExportManifest manifest = new ExportManifest(
                    region.getCode(),
                    region.getName(),
                    clock.instant().toString(),
                    format.name(),
                    actor.name(),
                    entries,
                    leftOut);
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(JsonMapper.builder()
                    .build()
                    .writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(manifest));
            zip.closeEntry();
            zip.finish();
            zip.close();
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The statement that reads what may leave the platform of a tenant table, or empty when none of it
     * may; what is left out goes to {@code leftOut}.
     */
    private static Optional<String> selectOf(String table, Set<String> personal, List<ExportManifest.LeftOut> leftOut) {
        Optional<ExportRules.Rule> rule = ExportRules.of(table);
        if (rule.isEmpty()) {
            if (personal.contains(table)) {
                leftOut.add(ExportRules.undeclared(table));
                return Optional.empty();
            }
            return Optional.of("select * from \"" + table.replace("\"", "\"\"") + "\" where tenant_id = ? order by 1");
        }
        rule.get().leftOut().ifPresent(leftOut::add);
        return rule.get().treatment() == ExportRules.Treatment.EXCLUDED
                ? Optional.empty()
                : Optional.of(rule.get().select());
    }

    private ExportManifest.Entry file(
            ZipOutputStream zip,
            String name,
            String table,
            String scope,
            String sql,
            UUID regionId,
            ExportFormat format)
            throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Integer rows = jdbc.query(
                sql,
                rs -> {
                    try {
                        return TableFile.write(rs, format, new NonClosingOutputStream(zip));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                regionId);
        zip.closeEntry();
        return new ExportManifest.Entry(name, table, scope, rows == null ? 0 : rows);
    }
}
