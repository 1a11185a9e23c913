package nl.uitzicht.opp;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A parent's digital answer on the handelingsdeel of one version: who, when, and whether it still
 * holds ({@code current}: not withdrawn, and the handelingsdeel is still the one answered).
 */
public record ParentConsent(
        UUID id,
        UUID accountId,
        int versionNo,
        String parentName,
        ParentConsentOutcome outcome,
        String reason,
        Instant givenAt,
        @Nullable Instant withdrawnAt,
        boolean current)
        implements Serializable {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
