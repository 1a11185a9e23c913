package nl.uitzicht.analysis;

import java.io.Serializable;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A score the reader gave. */
public record OwnScore(
        UUID oppId, String itemCode, int score, @Nullable String note) implements Serializable {}
