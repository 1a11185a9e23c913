package nl.uitzicht.request;

import java.io.Serializable;

/** The region's decision term in weeks, and the version to hand back when changing it. */
public record DecisionTerm(int weeks, long version) implements Serializable {}
