package nl.uitzicht.achterban;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A stakeholder as its own trainer sees it, private notes included. */
public record StakeholderView(
        UUID id,
        StakeholderKind kind,
        String name,
        @Nullable String role,
        @Nullable UUID schoolId,
        @Nullable String involvement,
        Level influence,
        Level interest,
        StakeholderStatus status,
        @Nullable String privateNotes,
        int conversations,
        int conversationsWithOpps,
        long version) {

    public StakeholderDraft toDraft() {
        return new StakeholderDraft(kind, name, role, schoolId, involvement, influence, interest, status, privateNotes);
    }
}
