package nl.uitzicht.csv;

import org.jspecify.annotations.Nullable;

/**
 * One cell of a CSV file, safe to open in a spreadsheet (CSV/formula injection, OWASP): text that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is prefixed with a
 * single quote, so Excel, LibreOffice and Google Sheets show it as text instead of running it as a
 * formula ({@code =HYPERLINK(...)}, {@code @SUM(...)}, {@code -2+3+cmd|...}). Every CSV writer of the
 * platform (the region export, the dashboard's tables) passes its cells through here.
 *
 * <p>Numbers that the application writes as numbers ({@link Number} values: a count, an amount, a
 * numeric database column) are left as they are, also when negative: they are not text a user typed,
 * and a spreadsheet reads {@code -3} as the number -3, not as a formula. Anything else (text, and
 * numbers a writer only has as text) is neutralised, so a negative number in a text cell comes out as
 * {@code '-3}; the platform's text cells never hold one (counts, rates and "&lt; 5" are not negative).
 */
public final class CsvCell {

    private static final String TRIGGERS = "=+-@\t\r";

    private CsvCell() {}

    /** The text as a spreadsheet-safe cell: prefixed with {@code '} when it would start a formula. */
    public static String text(String text) {
        return needsQuote(text) ? "'" + text : text;
    }

    /**
     * A cell value: {@code null} stays {@code null} (an empty cell), numbers (and booleans) stay as they
     * are, anything else becomes its text, neutralised.
     */
    public static @Nullable Object value(@Nullable Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return text(value.toString());
    }

    /** Whether a spreadsheet could take the text for a formula (or for a DDE command). */
    public static boolean needsQuote(String text) {
        return !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0;
    }
}
