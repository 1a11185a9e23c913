package nl.uitzicht.analysis;

/** Thrown when someone asks for other raters' scores before submitting their own. */
public class ScoresHiddenException extends AnalysisException {

    public ScoresHiddenException() {
        super("round", "analysis.error.scoresHidden");
    }
}
