package nl.uitzicht.opp;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** The pupil's most recent closed plan, offered as a starting point for a new one: which and when it ended. */
public record EarlierPlan(UUID oppId, LocalDate closedOn) implements Serializable {}
