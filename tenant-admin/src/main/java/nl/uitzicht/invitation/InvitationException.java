package nl.uitzicht.invitation;

/** An invitation request or acceptance that is refused; the message is a UI message key. */
public class InvitationException extends IllegalArgumentException {

    public InvitationException(String messageKey) {
        super(messageKey);
    }
}
