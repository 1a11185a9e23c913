package nl.uitzicht.request;

import java.time.LocalDate;

/** An objection as the case manager registers it: when it came in, from whom, and on what grounds. */
public record ObjectionInput(LocalDate receivedOn, String lodgedBy, String grounds) {}
