package nl.uitzicht.duoimport;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.tenancy.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import nl.uitzicht.access.RegionAdminOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The region's applied school imports, newest first: who, when, how, which files, what changed. */
@Service
public class ImportHistory {

    private final JdbcTemplate jdbc;
    private final Clock clock = Clock.systemUTC();

    ImportHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One applied import. */
    public record Entry(UUID id, Instant at, String actorName, ImportChoices.ImportOrigin origin, String files,
                        int added, int changed, int closed, int unchanged, int missing) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    UUID record(Actor actor, ImportChoices.ImportOrigin origin, List<String> files, int added, int changed,
                int closed, int unchanged, int missing) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into school_import (id, tenant_id, imported_at, actor_id, actor_name, origin, files, "
                        + "added, changed, closed, unchanged, missing) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, TenantContext.require(), Timestamp.from(clock.instant()), actor.id(), actor.name(), origin.name(),
                String.join(", ", files), added, changed, closed, unchanged, missing);
        return id;
    }

    @Transactional(readOnly = true)
    @RegionAdminOnly
    public List<Entry> recent(int limit) {
        return jdbc.query("select id, imported_at, actor_name, origin, files, added, changed, closed, unchanged, "
                        + "missing from school_import where tenant_id = ? order by imported_at desc limit ?",
                (rs, i) -> new Entry(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        ImportChoices.ImportOrigin.valueOf(rs.getString(4)), rs.getString(5), rs.getInt(6),
                        rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10)),
                TenantContext.require(), limit);
    }
}
