package nl.uitzicht.reminder;

import java.util.Set;
import nl.uitzicht.opp.WorklistItem;

/** What a reminder is about; each kind can be switched off per person. */
public enum ReminderKind {
    /** A plan must be set within two weeks, or is past its 6-week deadline. */
    PLAN_DUE(Set.of(WorklistItem.Reason.LATE, WorklistItem.Reason.DUE_SOON)),
    /** A plan waits for the parents' consent. */
    CONSENT_PENDING(Set.of(WorklistItem.Reason.AWAITING_CONSENT)),
    /** The yearly evaluation is due or under way. */
    EVALUATION_DUE(Set.of(WorklistItem.Reason.EVALUATION_DUE)),
    /** A decision on a request to the region ends within 8 weeks: ask for an extension (issue 16). */
    EXTENSION_DUE(Set.of());

    private final Set<WorklistItem.Reason> reasons;

    ReminderKind(Set<WorklistItem.Reason> reasons) {
        this.reasons = reasons;
    }

    static ReminderKind of(WorklistItem.Reason reason) {
        for (ReminderKind kind : values()) {
            if (kind.reasons.contains(reason)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("No reminder kind for " + reason);
    }
}
