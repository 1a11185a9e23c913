package nl.uitzicht.board;

import java.io.Serializable;
import nl.uitzicht.dashboard.Cell;
import nl.uitzicht.dashboard.SchoolYear;
import org.jspecify.annotations.Nullable;

/**
 * The checklist consensus of one school year (the year its scoring rounds started): how many round members have a
 * consensus ({@code members}, suppressed under 5) and their mean score, 0-2 ({@code mean}, null when fewer than 5
 * members or none).
 */
public record YearScore(
        SchoolYear year, Cell members, @Nullable Double mean) implements Serializable {}
