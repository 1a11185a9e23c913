package nl.uitzicht.mail;

/**
 * One plain-text mail to one address. {@code purpose} names it in the log ("Invitation", "Reminder"); the
 * subject and text never reach the log (they may hold a secret link).
 */
public record OutgoingMail(String to, String subject, String text, String purpose) {}
