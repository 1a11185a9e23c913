package nl.uitzicht.analysis;

/**
 * A refused analysis action; {@code getMessage()} is an i18n key (Dutch text in the UI), {@code field}
 * the input it concerns (or "round" for the whole action).
 */
public class AnalysisException extends RuntimeException {

    private final String field;

    public AnalysisException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
