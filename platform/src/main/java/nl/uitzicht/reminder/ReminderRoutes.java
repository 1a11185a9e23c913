package nl.uitzicht.reminder;

/** Where the person chooses their reminders in the app (the mails link there). */
public final class ReminderRoutes {

    public static final String SETTINGS = "account/herinneringen";

    private ReminderRoutes() {}
}
