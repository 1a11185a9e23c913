package nl.uitzicht.pupil;

/**
 * Input that breaks a rule. {@code field} names the form field, {@link #getMessage()} is the i18n key
 * of the Dutch/English explanation shown next to it.
 */
public class InvalidInput extends IllegalArgumentException {

    private final String field;

    public InvalidInput(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** Trims; throws when blank (if required) or longer than {@code max}. Returns null for optional blanks. */
    public static String text(String field, @org.jspecify.annotations.Nullable String value, int max, boolean required) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            if (required) {
                throw new InvalidInput(field, "opp.validation.required");
            }
            return "";
        }
        if (trimmed.length() > max) {
            throw new InvalidInput(field, "opp.validation.tooLong." + max);
        }
        return trimmed;
    }
}
