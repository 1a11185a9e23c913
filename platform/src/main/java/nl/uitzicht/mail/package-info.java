/**
 * Sending e-mail through the configured SMTP server ({@code spring.mail.host}): the one way every feature
 * mails (invitations, reminders, parents' notices). With no mail server configured nothing is sent and
 * nothing fails; a failed send is logged (without the message text) and reported, never thrown.
 */
@ApplicationModule(
        displayName = "Mail",
        allowedDependencies = {})
@NullMarked
package nl.uitzicht.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
