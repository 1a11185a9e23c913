package nl.uitzicht.duoimport;

import java.util.List;

/** The file as a whole cannot be used (not a CSV, not a DUO file, wrong region): a message key and params. */
public class DuoFileException extends RuntimeException {

    private final String messageKey;
    private final List<String> params;

    public DuoFileException(String messageKey, String... params) {
        super(messageKey + " " + List.of(params));
        this.messageKey = messageKey;
        this.params = List.of(params);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> params() {
        return params;
    }
}
