package nl.uitzicht.trainer;

import java.util.Map;

/**
 * Input that breaks a rule of the trainer workspace. Each entry maps a field name to the key of
 * a Dutch-first message (the UI translates it and shows it at the field).
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidInputException(Map<String, String> errors) {
        super("Invalid input: " + errors);
        this.errors = Map.copyOf(errors);
    }

    public static InvalidInputException of(String field, String messageKey) {
        return new InvalidInputException(Map.of(field, messageKey));
    }

    public Map<String, String> errors() {
        return errors;
    }
}
