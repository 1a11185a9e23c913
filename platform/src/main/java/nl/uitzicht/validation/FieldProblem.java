package nl.uitzicht.validation;

import java.util.List;

/**
 * One invalid field: the name of the input it concerns (the form or API field; a name no form has, such
 * as {@code "round"}, is shown as a notification), the i18n key of the explanation and its arguments.
 */
public record FieldProblem(String field, String messageKey, List<Object> args) {

    public FieldProblem {
        args = List.copyOf(args);
    }

    public FieldProblem(String field, String messageKey) {
        this(field, messageKey, List.of());
    }
}
