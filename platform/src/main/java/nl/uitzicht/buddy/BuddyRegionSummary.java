package nl.uitzicht.buddy;

/** Region-wide buddy counts for the region admin. */
public record BuddyRegionSummary(int activePairs, int openRequests, int feedbackGiven) {}
