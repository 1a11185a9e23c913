package nl.uitzicht.opp;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the pupil said in their own plan ("mijn plan"): their view before a conversation ({@code goalKey}
 * null) or one of their goals in their own words; written on the account of the parent named
 * {@code viaName}.
 */
public record PupilWord(UUID id, int versionNo, @Nullable UUID goalKey, String body, String viaName, Instant writtenAt)
        implements Serializable {

    public boolean aboutAGoal() {
        return goalKey != null;
    }
}
