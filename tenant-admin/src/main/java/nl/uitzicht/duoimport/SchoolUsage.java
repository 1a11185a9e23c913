package nl.uitzicht.duoimport;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.tenancy.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How much hangs on each of the region's schools: pupils enrolled (not left) and OPPs that are not
 * closed. Counts only, read under the region's row-level security in the caller's transaction.
 */
@Component
class SchoolUsage {

    private final JdbcTemplate jdbc;

    SchoolUsage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per school id: {pupils, open OPPs}; schools with neither are absent. */
    Map<UUID, int[]> bySchool() {
        UUID region = TenantContext.require();
        Map<UUID, int[]> usage = new HashMap<>();
        jdbc.query(
                "select school_id, count(*) from pupil where tenant_id = ? and left_on is null group by school_id",
                rs -> {
                    usage.computeIfAbsent(rs.getObject(1, UUID.class), k -> new int[2])[0] = rs.getInt(2);
                },
                region);
        jdbc.query(
                "select school_id, count(*) from opp where tenant_id = ? and state <> 'CLOSED' group by school_id",
                rs -> {
                    usage.computeIfAbsent(rs.getObject(1, UUID.class), k -> new int[2])[1] = rs.getInt(2);
                },
                region);
        return usage;
    }
}
