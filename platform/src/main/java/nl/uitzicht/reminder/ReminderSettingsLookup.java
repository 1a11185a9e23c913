package nl.uitzicht.reminder;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The settings of many accounts at once, for the mails (defaults for those who never chose). */
@Component
class ReminderSettingsLookup {

    private final ReminderPreferenceRows rows;

    ReminderSettingsLookup(ReminderPreferenceRows rows) {
        this.rows = rows;
    }

    Map<UUID, ReminderSettings> settingsOf(Collection<UUID> accountIds) {
        Map<UUID, ReminderSettings> stored = rows.findAllById(accountIds).stream()
                .collect(Collectors.toMap(ReminderPreference::getAccountId, ReminderPreference::settings));
        return accountIds.stream()
                .distinct()
                .collect(Collectors.toMap(
                        Function.identity(), id -> stored.getOrDefault(id, ReminderSettings.defaults())));
    }
}
