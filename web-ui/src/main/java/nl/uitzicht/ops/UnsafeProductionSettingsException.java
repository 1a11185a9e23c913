package nl.uitzicht.ops;

import java.util.List;

/** The prod profile was started with demo defaults; the message names each of them. */
class UnsafeProductionSettingsException extends IllegalStateException {

    private final List<String> problems;

    UnsafeProductionSettingsException(List<String> problems) {
        super("Refusing to start with the prod profile: " + String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
