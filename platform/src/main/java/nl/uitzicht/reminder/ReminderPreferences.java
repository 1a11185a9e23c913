package nl.uitzicht.reminder;

import java.time.Clock;
import java.util.UUID;
import nl.uitzicht.access.CallerId;
import nl.uitzicht.access.StaffOnly;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.AuditLog;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which reminder mails a person wants, and in which language: their own choice only (the account id is
 * the caller's, {@link CallerId}). A change is audited in the bound region.
 */
@Service
@Transactional
@StaffOnly
public class ReminderPreferences {

    static final String AUDIT_SUBJECT = "REMINDER_SETTINGS";

    private final ReminderPreferenceRows rows;
    private final AuditLog audit;
    private final Clock clock;

    ReminderPreferences(ReminderPreferenceRows rows, AuditLog audit, Clock clock) {
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
    }

    /** The person's settings; everything in Dutch when they never chose. */
    @Transactional(readOnly = true)
    public ReminderSettings of(@CallerId UUID accountId) {
        return rows.findById(accountId).map(ReminderPreference::settings).orElseGet(ReminderSettings::defaults);
    }

    /**
     * Stores the person's choice; {@code settings.version()} is the version they saw (a concurrent change in
     * another tab is an {@link OptimisticLockingFailureException}).
     */
    public ReminderSettings save(@CallerId UUID accountId, Actor actor, ReminderSettings settings) {
        ReminderPreference preference =
                rows.findById(accountId).orElseGet(() -> new ReminderPreference(accountId, clock.instant()));
        if (preference.getVersion() != settings.version()) {
            throw new ObjectOptimisticLockingFailureException(ReminderPreference.class, accountId);
        }
        ReminderSettings before = preference.settings();
        preference.change(settings, clock.instant());
        ReminderPreference saved = rows.saveAndFlush(preference);
        audit.record(actor, AuditAction.UPDATE, AUDIT_SUBJECT, accountId, describe(before, saved.settings()));
        return saved.settings();
    }

    private static String describe(ReminderSettings before, ReminderSettings after) {
        StringBuilder text = new StringBuilder("reminder mails:");
        for (ReminderKind kind : ReminderKind.values()) {
            text.append(' ').append(kind).append(after.wants(kind) ? " on" : " off");
            if (before.wants(kind) != after.wants(kind)) {
                text.append(" (changed)");
            }
            text.append(',');
        }
        return text.append(" language ").append(after.language()).toString();
    }
}
