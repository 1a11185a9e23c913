package nl.uitzicht.reminder;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * One person's reminder mails: the kinds they want, the language of the mails ({@code nl} or {@code en}) and
 * the version they saw (optimistic locking; 0 before the first save).
 */
public record ReminderSettings(Set<ReminderKind> wanted, String language, long version) implements Serializable {

    public static final String DUTCH = "nl";
    public static final String ENGLISH = "en";

    public ReminderSettings {
        wanted = wanted.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(wanted));
        language = ENGLISH.equals(language) ? ENGLISH : DUTCH;
    }

    /** Everything, in Dutch: what a person gets who never changed anything. */
    public static ReminderSettings defaults() {
        return new ReminderSettings(EnumSet.allOf(ReminderKind.class), DUTCH, 0);
    }

    public boolean wants(ReminderKind kind) {
        return wanted.contains(kind);
    }
}
