package nl.uitzicht.opp;

import java.time.Instant;

/**
 * What the editor offers back when a plan is opened, without the texts themselves: how many fields
 * hold unsaved text of the caller, when they last typed, and whether the plan was saved since
 * (by them elsewhere or by a colleague), so that putting the text back may undo a newer change.
 */
public record OppDraftOffer(int fields, Instant lastTypedAt, boolean planChangedSince) {}
