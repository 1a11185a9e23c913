package nl.uitzicht.opp;

import java.time.Instant;

/**
 * Text a staff member typed into one field of the OPP editor and has not saved: the field (the
 * editor's key for it), the text, when it was typed and the plan version it was typed on.
 */
public record OppDraft(String fieldKey, String text, Instant typedAt, long basedOnVersion) {}
