package nl.uitzicht.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The stored {@link ReminderSettings} of one account. Global, like the account: a person's, not a region's. */
@Entity
@Table(name = "reminder_preference")
class ReminderPreference {

    @Id
    @Column(name = "account_id")
    private UUID accountId;

    @Column(name = "plan_due", nullable = false)
    private boolean planDue = true;

    @Column(name = "evaluation_due", nullable = false)
    private boolean evaluationDue = true;

    @Column(name = "consent_pending", nullable = false)
    private boolean consentPending = true;

    @Column(name = "extension_due", nullable = false)
    private boolean extensionDue = true;

    @Column(nullable = false)
    private String language = ReminderSettings.DUTCH;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    /** Null until first stored (so a new row is inserted, not merged). */
    @Version
    private @Nullable Long version;

    protected ReminderPreference() {}

    ReminderPreference(UUID accountId, Instant now) {
        this.accountId = accountId;
        this.changedAt = now;
    }

    UUID getAccountId() {
        return accountId;
    }

    long getVersion() {
        return version == null ? 0 : version;
    }

    void change(ReminderSettings settings, Instant now) {
        this.planDue = settings.wants(ReminderKind.PLAN_DUE);
        this.evaluationDue = settings.wants(ReminderKind.EVALUATION_DUE);
        this.consentPending = settings.wants(ReminderKind.CONSENT_PENDING);
        this.extensionDue = settings.wants(ReminderKind.EXTENSION_DUE);
        this.language = settings.language();
        this.changedAt = now;
    }

    ReminderSettings settings() {
        Set<ReminderKind> wanted = EnumSet.noneOf(ReminderKind.class);
        if (planDue) {
            wanted.add(ReminderKind.PLAN_DUE);
        }
        if (evaluationDue) {
            wanted.add(ReminderKind.EVALUATION_DUE);
        }
        if (consentPending) {
            wanted.add(ReminderKind.CONSENT_PENDING);
        }
        if (extensionDue) {
            wanted.add(ReminderKind.EXTENSION_DUE);
        }
        return new ReminderSettings(wanted, language, getVersion());
    }
}
