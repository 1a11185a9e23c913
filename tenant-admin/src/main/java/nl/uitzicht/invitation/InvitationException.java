package nl.uitzicht.invitation;

/**
 * An invitation or person that cannot be used or changed: the link is revoked, expired or used, the
 * invitation or person is unknown, or the account or identity provider does not allow this way of
 * accepting. The message is a UI message key. Bad input is refused with
 * {@link nl.uitzicht.validation.InvalidInput} instead.
 */
public class InvitationException extends IllegalArgumentException {

    public InvitationException(String messageKey) {
        super(messageKey);
    }
}
