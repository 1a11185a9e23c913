package nl.uitzicht.achterban;

import java.util.UUID;

public record SwotItemView(UUID id, SwotQuadrant quadrant, String text, long version) {}
