package nl.uitzicht.identity;

/** A provider setting that is refused; the message is the key of the text for the administrator. */
public final class IssuerRefused extends RuntimeException {

    public IssuerRefused(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
