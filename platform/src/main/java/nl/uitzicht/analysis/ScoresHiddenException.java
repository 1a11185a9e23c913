package nl.uitzicht.analysis;

import nl.uitzicht.validation.InvalidInput;

/**
 * Thrown when someone asks for other raters' scores before submitting their own: an {@link InvalidInput}
 * for the whole round, its own type so that the round view can show the explanation in place.
 */
public class ScoresHiddenException extends InvalidInput {

    public ScoresHiddenException() {
        super("round", "analysis.error.scoresHidden");
    }
}
