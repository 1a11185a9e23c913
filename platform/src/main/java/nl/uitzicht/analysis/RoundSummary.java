package nl.uitzicht.analysis;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A round as listed: who organised it, which raters have submitted, where the reader stands, and which of its
 * OPPs were uploaded.
 */
public record RoundSummary(
        UUID id,
        String name,
        UUID checklistId,
        String checklistName,
        int checklistVersionNo,
        int divergenceThreshold,
        List<UUID> oppIds,
        List<RaterStatus> raters,
        String organiserName,
        Instant createdAt,
        boolean youRate,
        boolean youSubmitted,
        boolean youOrganise,
        List<UUID> uploadedOppIds)
        implements Serializable {

    /** Whether this member of the round is an OPP written elsewhere and uploaded (its text is read, ADR 0096). */
    public boolean uploaded(UUID oppId) {
        return uploadedOppIds.contains(oppId);
    }

    public record RaterStatus(String name, boolean submitted) implements Serializable {}

    public boolean allSubmitted() {
        return !raters.isEmpty() && raters.stream().allMatch(RaterStatus::submitted);
    }

    /** "OPP 1", "OPP 2": the pseudonym of an OPP within this round. */
    public String label(UUID oppId) {
        return "OPP " + (oppIds.indexOf(oppId) + 1);
    }
}
