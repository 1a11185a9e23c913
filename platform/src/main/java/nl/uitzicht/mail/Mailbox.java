package nl.uitzicht.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends mail through the configured SMTP server ({@code spring.mail.host}; Spring Boot makes a {@link
 * JavaMailSender} only when it is set), from {@code uitzicht.mail.from}. Without a mail server nothing is
 * sent ({@link Delivery#NO_MAIL_SERVER}); a failure is logged with the exception's class only (a mail
 * library may quote the message, and so a link, in its text) and answered with {@link Delivery#FAILED}.
 * Never throws for a mail that could not go out. Bound waits: {@code spring.mail.properties.mail.smtp.*timeout}.
 */
@Component
public class Mailbox {

    private static final Logger log = LoggerFactory.getLogger(Mailbox.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;

    Mailbox(
            ObjectProvider<JavaMailSender> mailSender,
            @Value("${uitzicht.mail.from:Uitzicht <no-reply@uitzicht.nl>}") String from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    /** A mail server is configured: mail can go out. */
    public boolean configured() {
        return mailSender.getIfAvailable() != null;
    }

    public Delivery send(OutgoingMail mail) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.info(
                    "No mail server configured (spring.mail.host): {} mail for {} not sent", mail.purpose(), mail.to());
            return Delivery.NO_MAIL_SERVER;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.text());
        try {
            sender.send(message);
            return Delivery.MAILED;
        } catch (MailException | IllegalStateException e) {
            log.warn(
                    "{} mail to {} could not be sent ({})",
                    mail.purpose(),
                    mail.to(),
                    e.getClass().getSimpleName());
            return Delivery.FAILED;
        }
    }
}
