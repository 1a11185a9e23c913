package nl.uitzicht.duoimport;

/** What one import accepts: the SWV file plus at most DUO's four locations files, each at most 20 MB. */
public final class DuoLimits {

    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    public static final String MAX_FILE_SIZE_TEXT = "20 MB";
    public static final int MAX_FILES = 1 + LocationKind.values().length;

    private DuoLimits() {}
}
