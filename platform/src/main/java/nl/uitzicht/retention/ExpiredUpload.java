package nl.uitzicht.retention;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An OPP written elsewhere and uploaded into a scoring round (ADR 0096) whose term has passed: the region's
 * retention term counts from the day its round closed. Deleted with its sealed file, text, scores and consensus.
 */
public record ExpiredUpload(
        UUID uploadId, UUID roundId, String roundName, LocalDate roundClosedOn, LocalDate deleteFrom)
        implements Serializable {}
