package nl.uitzicht.duoimport;

import java.util.List;

/**
 * DUO's open data could not be fetched (not configured, download failed): a message key and params. Not an
 * input error: files that cannot be used are refused with {@link nl.uitzicht.validation.InvalidInput}.
 */
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
