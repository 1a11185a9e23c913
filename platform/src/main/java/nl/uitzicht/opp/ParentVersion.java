package nl.uitzicht.opp;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One version of a plan in the parents' list of versions. */
public record ParentVersion(
        int versionNo, Instant createdAt, @Nullable LocalDate consentedOn) implements Serializable {}
