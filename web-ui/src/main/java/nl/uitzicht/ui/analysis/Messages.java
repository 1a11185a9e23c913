package nl.uitzicht.ui.analysis;

/** Number formats of the analysis screens. */
final class Messages {

    private Messages() {
    }

    static String percent(Double value) {
        return value == null ? "–" : String.format(java.util.Locale.ROOT, "%.0f%%", value * 100);
    }

    static String decimal(Double value) {
        return value == null ? "–" : String.format(java.util.Locale.ROOT, "%.3f", value);
    }
}
