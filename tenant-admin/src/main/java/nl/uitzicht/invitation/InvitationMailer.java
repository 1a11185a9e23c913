package nl.uitzicht.invitation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the invitation link by e-mail through the configured SMTP server ({@code spring.mail.host}).
 * With no mail server configured (the local demo) the link is shown to the inviter only. The link is a
 * secret (whoever holds it can take the invitation): it is never logged, not even here.
 */
@Component
class InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;

    InvitationMailer(
            ObjectProvider<JavaMailSender> mailSender,
            @Value("${uitzicht.mail.from:Uitzicht <no-reply@uitzicht.nl>}") String from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    /** What became of an invitation mail. */
    enum Delivery {
        MAILED,
        /** The local demo: the link is for the inviter to pass on. */
        NO_MAIL_SERVER,
        /** A mail server is configured but refused or failed: the inviter can send a new link later. */
        FAILED
    }

    Delivery send(String email, String displayName, String regionName, String link, String invitedBy) {
        return deliver(
                email,
                "Uitnodiging voor Uitzicht (" + regionName + ")",
                """
                Beste %s,

                %s nodigt je uit om in Uitzicht te werken voor %s.
                Open deze link om je account te activeren (de link werkt één keer en is 7 dagen geldig):

                %s

                Heb je deze uitnodiging niet verwacht? Dan kun je dit bericht negeren.

                --
                Dear %s, %s invites you to work in Uitzicht for %s. Open the link above to activate your account.
                """.formatted(displayName, invitedBy, regionName, link, displayName, invitedBy, regionName),
                regionName);
    }

    /** A parent's invitation: plain language, nothing of the plan, only the link. */
    Delivery sendToParent(String email, String displayName, String regionName, String link) {
        return deliver(
                email,
                "Uitnodiging: het plan van uw kind in Uitzicht",
                """
                Beste %s,

                De school van uw kind nodigt u uit om het ontwikkelingsperspectiefplan (OPP) van uw kind
                te lezen in Uitzicht (%s). Open deze link om uw account te maken.
                De link werkt een keer en is 7 dagen geldig:

                %s

                U kiest een wachtwoord en koppelt een app voor inlogcodes op uw telefoon.
                Heeft u deze uitnodiging niet verwacht? Dan kunt u dit bericht negeren.

                --
                Dear %s, the school invites you to read your child's support plan in Uitzicht.
                Open the link above to create your account.
                """.formatted(displayName, regionName, link, displayName),
                regionName);
    }

    private Delivery deliver(String email, String subject, String text, String regionName) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.info(
                    "No mail server configured (spring.mail.host): the invitation for {} in {} is shown to the inviter",
                    email,
                    regionName);
            return Delivery.NO_MAIL_SERVER;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(email);
        message.setSubject(subject);
        message.setText(text);
        try {
            sender.send(message);
            return Delivery.MAILED;
        } catch (MailException e) {
            // the exception's class only: a mail library may quote the message (and so the link) in its text
            log.warn(
                    "Invitation mail to {} could not be sent ({})",
                    email,
                    e.getClass().getSimpleName());
            return Delivery.FAILED;
        }
    }
}
