package nl.uitzicht.achterban;

/** The saved analysis; version -1 when nothing was saved yet. */
public record AudienceView(AudienceDraft answers, long version) {}
