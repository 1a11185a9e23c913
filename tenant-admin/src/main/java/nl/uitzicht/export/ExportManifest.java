package nl.uitzicht.export;

import java.util.List;

/**
 * What an export contains: the region, when, in which format, by whom, each file with its row count,
 * and what was left out of the region's tables (a whole table, some columns, some rows) and why.
 */
public record ExportManifest(
        String regionCode,
        String regionName,
        String exportedAt,
        String format,
        String exportedBy,
        List<Entry> files,
        List<LeftOut> leftOut) {

    public record Entry(String file, String table, String scope, int rows) {}

    /** Part of a table not exported: {@code part} says which ("the whole table", "columns a, b", rows). */
    public record LeftOut(String table, String part, String reason) {}

    /** What was left out of a table, if anything. */
    public java.util.Optional<LeftOut> leftOutOf(String table) {
        return leftOut.stream().filter(l -> l.table().equals(table)).findFirst();
    }

    public int rowsOf(String table) {
        return files.stream()
                .filter(f -> f.table().equals(table))
                .mapToInt(Entry::rows)
                .sum();
    }
}
