package nl.uitzicht.opp;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** An OPP without anything about the pupil: to pick OPPs for a review round. */
public record OppReference(UUID id, UUID schoolId, OppState state, LocalDate supportStartedOn)
        implements Serializable {}
