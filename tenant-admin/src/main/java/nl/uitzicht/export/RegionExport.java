package nl.uitzicht.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.uitzicht.access.RegionAdminOnly;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.AuditLog;
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
 * password hashes, token hashes or secrets), and a {@code manifest.json} listing every file.
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
    private final AuditLog audit;

    RegionExport(JdbcTemplate jdbc, RegionDirectory regions, AuditLog audit) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.audit = audit;
    }

    /** The tables that hold region data, discovered at run time. */
    @Transactional(readOnly = true)
    public List<String> tenantTables() {
        return jdbc.queryForList(TENANT_TABLES, String.class);
    }

    /** Writes the ZIP to {@code out} (not closed). Runs as the bound region: row-level security applies too. */
    @Transactional
    public ExportManifest write(OutputStream out, ExportFormat format, Actor actor) {
        UUID regionId = TenantContext.require();
        Region region = regions.find(regionId).orElseThrow();
        audit.record(actor, AuditAction.EXPORT, "region", regionId, "Export of all region data (" + format + ")");
        List<ExportManifest.Entry> entries = new ArrayList<>();
        try {
            ZipOutputStream zip = new ZipOutputStream(new NonClosingOutputStream(out));
            for (String table : tenantTables()) {
                String sql = "select * from \"" + table.replace("\"", "\"\"") + "\" where tenant_id = ? order by 1";
                entries.add(file(zip, "tenant/" + table + "." + format.extension(), table, "tenant", sql, regionId,
                        format));
            }
            for (Map.Entry<String, String> global : GLOBAL.entrySet()) {
                entries.add(file(zip, "global/" + global.getKey() + "." + format.extension(), global.getKey(),
                        "global", global.getValue(), regionId, format));
            }
            ExportManifest manifest = new ExportManifest(region.getCode(), region.getName(), Instant.now().toString(),
                    format.name(), actor.name(), entries);
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.closeEntry();
            zip.finish();
            zip.close();
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ExportManifest.Entry file(ZipOutputStream zip, String name, String table, String scope, String sql,
                                      UUID regionId, ExportFormat format) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Integer rows = jdbc.query(sql, rs -> {
            try {
                return TableFile.write(rs, format, new NonClosingOutputStream(zip));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, regionId);
        zip.closeEntry();
        return new ExportManifest.Entry(name, table, scope, rows == null ? 0 : rows);
    }
}
