package nl.uitzicht.retention;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deletes rows with everything that refers to them, following the foreign keys in the database catalogue: the
 * tables another feature adds later that refer to an OPP or a pupil are deleted with it without a change here.
 * Only single-column keys to an {@code id} are followed (the schema has no other); any other reference would
 * make the delete fail and the whole run roll back, never leave half a file. Runs under the region's
 * row-level security, in the caller's transaction.
 */
final class FileDeletion {

    private static final int MAX_DEPTH = 6;

    /** Tables never deleted from (the audit trail is append-only and holds no content). */
    private static final Set<String> KEPT = Set.of("audit_event");

    private static final String REFERRING = """
            select child.relname, a.attname,
                   exists (select 1 from pg_attribute i where i.attrelid = child.oid and i.attname = 'id' and not i.attisdropped)
            from pg_constraint c
            join pg_class child on child.oid = c.conrelid
            join pg_class parent on parent.oid = c.confrelid
            join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
            join pg_attribute r on r.attrelid = c.confrelid and r.attnum = c.confkey[1]
            where c.contype = 'f' and parent.relname = ? and child.relnamespace = 'public'::regnamespace
              and r.attname = 'id'
              and cardinality(c.conkey) = 1 and child.relname <> parent.relname
            order by child.relname""";

    private record Reference(String table, String column, boolean hasId) {}

    private final JdbcTemplate jdbc;

    FileDeletion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Deletes the rows of {@code table} with these ids and, first, every row that refers to them. */
    void delete(String table, Collection<UUID> ids) {
        delete(table, ids, 0);
    }

    private void delete(String table, Collection<UUID> ids, int depth) {
        if (ids.isEmpty()) {
            return;
        }
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("Foreign keys nest deeper than " + MAX_DEPTH + " below " + table);
        }
        UUID[] array = ids.toArray(UUID[]::new);
        List<Reference> references = jdbc.query(
                REFERRING, (rs, i) -> new Reference(rs.getString(1), rs.getString(2), rs.getBoolean(3)), table);
        for (Reference ref : references) {
            if (KEPT.contains(ref.table())) {
                continue;
            }
            if (ref.hasId()) {
                List<UUID> childIds = jdbc.queryForList(
                        "select id from " + quoted(ref.table()) + " where " + quoted(ref.column()) + " = any(?)",
                        UUID.class,
                        (Object) array);
                delete(ref.table(), childIds, depth + 1);
            } else {
                jdbc.update(
                        "delete from " + quoted(ref.table()) + " where " + quoted(ref.column()) + " = any(?)",
                        (Object) array);
            }
        }
        jdbc.update("delete from " + quoted(table) + " where id = any(?)", (Object) array);
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
