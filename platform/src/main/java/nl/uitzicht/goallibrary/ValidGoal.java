package nl.uitzicht.goallibrary;

import java.util.UUID;
import nl.uitzicht.opp.FactorDomain;
import nl.uitzicht.validation.InvalidInput;

/** A library goal's input after its checks: required fields present, lengths within bounds, trimmed. */
record ValidGoal(
        UUID supportCategoryId,
        FactorDomain domain,
        String title,
        String goalText,
        String measure,
        String exampleInterventions) {

    static ValidGoal of(LibraryGoalInput in) {
        if (in.supportCategoryId() == null) {
            throw new InvalidInput("supportCategory", "opp.validation.required");
        }
        if (in.domain() == null) {
            throw new InvalidInput("domain", "opp.validation.required");
        }
        return new ValidGoal(
                in.supportCategoryId(),
                in.domain(),
                InvalidInput.text("title", in.title(), 100, true),
                InvalidInput.text("goalText", in.goalText(), 500, true),
                InvalidInput.text("measure", in.measure(), 300, false),
                InvalidInput.text("exampleInterventions", in.exampleInterventions(), 2000, false));
    }
}
