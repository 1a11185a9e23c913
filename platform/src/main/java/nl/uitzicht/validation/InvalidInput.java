package nl.uitzicht.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Input that breaks a rule: the one exception every service throws for bad input (ADR 0062). It carries
 * every problem found; the UI puts each message at its field, the API answers 400 with the field list.
 */
public class InvalidInput extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super("Invalid input: " + problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("InvalidInput needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** One problem with one field; {@code args} fill the message's placeholders. */
    public InvalidInput(String field, String messageKey, Object... args) {
        this(List.of(new FieldProblem(field, messageKey, List.of(args))));
    }

    /** Field name to message key, as collected by simple checks. */
    public static InvalidInput of(Map<String, String> messageKeysByField) {
        return new InvalidInput(messageKeysByField.entrySet().stream()
                .map(e -> new FieldProblem(e.getKey(), e.getValue()))
                .toList());
    }

    /** Every problem, at least one. */
    public List<FieldProblem> problems() {
        return problems;
    }

    /** Field name to message key (the first problem of each field). */
    public Map<String, String> byField() {
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(p -> byField.putIfAbsent(p.field(), p.messageKey()));
        return byField;
    }

    /** The first problem's message key (for logs and simple callers). */
    public String messageKey() {
        return problems.getFirst().messageKey();
    }

    /** Trims; throws when blank (if required) or longer than {@code max}. Returns "" for optional blanks. */
    public static String text(String field, @Nullable String value, int max, boolean required) {
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
