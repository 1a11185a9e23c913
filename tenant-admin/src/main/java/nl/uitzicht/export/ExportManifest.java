package nl.uitzicht.export;

import java.util.List;

/** What an export contains: the region, when, in which format, by whom, and each file with its row count. */
public record ExportManifest(String regionCode, String regionName, String exportedAt, String format,
                             String exportedBy, List<Entry> files) {

    public record Entry(String file, String table, String scope, int rows) {
    }

    public int rowsOf(String table) {
        return files.stream().filter(f -> f.table().equals(table)).mapToInt(Entry::rows).sum();
    }
}
