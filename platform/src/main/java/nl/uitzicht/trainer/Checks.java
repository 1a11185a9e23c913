package nl.uitzicht.trainer;

import java.util.Map;
import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;

/** Small input checks shared by the trainer features; each adds a message key on failure. */
public final class Checks {

    private Checks() {}

    public static void required(Map<String, String> errors, String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            errors.put(field, "trainer.validation.required");
        } else {
            maxLength(errors, field, value, max);
        }
    }

    public static void maxLength(Map<String, String> errors, String field, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            errors.put(field, "trainer.validation.tooLong." + max);
        }
    }

    public static void present(Map<String, String> errors, String field, @Nullable Object value) {
        if (value == null) {
            errors.put(field, "trainer.validation.choose");
        }
    }

    public static void throwIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw InvalidInput.of(errors);
        }
    }

    /** Trims; blank becomes null. */
    public static @Nullable String clean(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
