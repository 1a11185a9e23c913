package nl.uitzicht.invitation;

import nl.uitzicht.mail.Delivery;
import nl.uitzicht.mail.Mailbox;
import nl.uitzicht.mail.OutgoingMail;
import org.springframework.stereotype.Component;

/**
 * Writes the invitation mails and sends them through the {@link Mailbox} (the configured SMTP server,
 * {@code spring.mail.host}). With no mail server configured (the local demo) the link is shown to the
 * inviter only ({@link Delivery#NO_MAIL_SERVER}); a failed send gives {@link Delivery#FAILED}. The link is a
 * secret (whoever holds it can take the invitation): it is never logged, not even here.
 */
@Component
class InvitationMailer {

    private final Mailbox mailbox;

    InvitationMailer(Mailbox mailbox) {
        this.mailbox = mailbox;
    }

    Delivery send(String email, String displayName, String regionName, String link, String invitedBy) {
        return deliver(email, "Uitnodiging voor Uitzicht (" + regionName + ")", """
                Beste %s,

                %s nodigt je uit om in Uitzicht te werken voor %s.
                Open deze link om je account te activeren (de link werkt één keer en is 7 dagen geldig):

                %s

                Heb je deze uitnodiging niet verwacht? Dan kun je dit bericht negeren.

                --
                Dear %s, %s invites you to work in Uitzicht for %s. Open the link above to activate your account.
                """.formatted(
                        displayName, invitedBy, regionName, link, displayName, invitedBy, regionName));
    }

    /** A parent's invitation: plain language, nothing of the plan, only the link. */
    Delivery sendToParent(String email, String displayName, String regionName, String link) {
        return deliver(email, "Uitnodiging: het plan van uw kind in Uitzicht", """
                Beste %s,

                De school van uw kind nodigt u uit om het ontwikkelingsperspectiefplan (OPP) van uw kind
                te lezen in Uitzicht (%s). Open deze link om uw account te maken.
                De link werkt een keer en is 7 dagen geldig:

                %s

                U kiest een wachtwoord en hoe u bij het inloggen een code krijgt:
                met een app op uw telefoon, of per e-mail.
                Heeft u deze uitnodiging niet verwacht? Dan kunt u dit bericht negeren.

                --
                Dear %s, the school invites you to read your child's support plan in Uitzicht.
                Open the link above to create your account.
                """.formatted(
                        displayName, regionName, link, displayName));
    }

    private Delivery deliver(String email, String subject, String text) {
        return mailbox.send(new OutgoingMail(email, subject, text, "Invitation"));
    }
}
