package nl.uitzicht.duoimport;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.access.RegionAdminOnly;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.tenancy.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The region's applied school imports, newest first: who, when, how, which files, what changed. */
@Service
public class ImportHistory {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ImportHistory(JdbcTemplate jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** One applied import. */
    public record Entry(
            UUID id,
            Instant at,
            String actorName,
            ImportChoices.ImportOrigin origin,
            String files,
            int added,
            int changed,
            int closed,
            int unchanged,
            int missing) {}

    @Transactional(propagation = Propagation.MANDATORY)
    UUID record(
            Actor actor,
            ImportChoices.ImportOrigin origin,
            List<String> files,
            int added,
            int changed,
            int closed,
            int unchanged,
            int missing) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into school_import (id, tenant_id, imported_at, actor_id, actor_name, origin, files, "
                        + "added, changed, closed, unchanged, missing) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                TenantContext.require(),
                Timestamp.from(clock.instant()),
                actor.id(),
                actor.name(),
                origin.name(),
                String.join(", ", files),
                added,
                changed,
                closed,
                unchanged,
                missing);
        return id;
    }

    /** The latest monthly comparison with DUO: what an import of DUO's files of that day would do. */
    public record Check(Instant at, int added, int changed, int closed, int missing, int problems) {

        public boolean differs() {
            return added + changed + closed + problems > 0;
        }
    }

    /** Keeps the result of the monthly check for the current region (only the latest). */
    @Transactional
    void recordCheck(ImportPlan plan) {
        jdbc.update(
                "insert into duo_check (tenant_id, checked_at, added, changed, closed, missing, problems) "
                        + "values (?, ?, ?, ?, ?, ?, ?) on conflict (tenant_id) do update set checked_at = "
                        + "excluded.checked_at, added = excluded.added, changed = excluded.changed, closed = "
                        + "excluded.closed, missing = excluded.missing, problems = excluded.problems",
                TenantContext.require(),
                Timestamp.from(clock.instant()),
                plan.added().size(),
                plan.changed().size(),
                plan.closed().size(),
                plan.missing().size(),
                plan.problems().size());
    }

    /** The latest check when DUO differed from the region and nobody has imported since; empty otherwise. */
    @Transactional(readOnly = true)
    @RegionAdminOnly
    public java.util.Optional<Check> pendingCheck() {
        UUID region = TenantContext.require();
        return jdbc
                .query(
                        "select c.checked_at, c.added, c.changed, c.closed, c.missing, c.problems from duo_check c "
                                + "where c.tenant_id = ? and not exists (select 1 from school_import i where i.tenant_id = "
                                + "c.tenant_id and i.imported_at >= c.checked_at)",
                        (rs, i) -> new Check(
                                rs.getTimestamp(1).toInstant(),
                                rs.getInt(2),
                                rs.getInt(3),
                                rs.getInt(4),
                                rs.getInt(5),
                                rs.getInt(6)),
                        region)
                .stream()
                .filter(Check::differs)
                .findFirst();
    }

    @Transactional(readOnly = true)
    @RegionAdminOnly
    public List<Entry> recent(int limit) {
        return jdbc.query(
                "select id, imported_at, actor_name, origin, files, added, changed, closed, unchanged, "
                        + "missing from school_import where tenant_id = ? order by imported_at desc limit ?",
                (rs, i) -> new Entry(
                        rs.getObject(1, UUID.class),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        ImportChoices.ImportOrigin.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getInt(9),
                        rs.getInt(10)),
                TenantContext.require(),
                limit);
    }
}
