package nl.uitzicht.opp;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A conversation to record; {@code outcome} only for the consent conversation. */
public record ConversationInput(
        @Nullable LocalDate heldOn,
        @Nullable String participants,
        @Nullable String discussed,
        @Nullable ConsentOutcome outcome,
        @Nullable String parentsRemarks) {}
