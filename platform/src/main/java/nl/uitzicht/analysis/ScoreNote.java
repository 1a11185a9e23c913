package nl.uitzicht.analysis;

import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;

/** A rater's or the consensus's note to a score: optional, at most 1000 characters, trimmed. */
final class ScoreNote {

    static final int MAX_LENGTH = 1000;

    private ScoreNote() {}

    static @Nullable String clean(@Nullable String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.length() > MAX_LENGTH) {
            throw new InvalidInput("note", "analysis.error.noteLength");
        }
        return note.trim();
    }
}
