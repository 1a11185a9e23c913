package nl.uitzicht.programme;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A trainer's own answers to a meeting's questionnaire. */
public record ResponseView(
        UUID meetingId,
        int usefulness,
        @Nullable String learned,
        @Nullable String forProjectGroup) {}
