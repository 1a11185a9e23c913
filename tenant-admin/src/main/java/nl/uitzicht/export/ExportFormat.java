package nl.uitzicht.export;

/** One file per table, as CSV (UTF-8, comma, header row) or as a JSON array of objects. */
public enum ExportFormat {
    CSV,
    JSON;

    String extension() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
