package nl.uitzicht.board;

import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the board report adds to the dashboards, per school year (named by the year it starts in), as PostgreSQL
 * counted it: raw counts, not yet suppressed. Plain data, so it can be kept as JSON in the shared cache.
 *
 * @param firstYear the first school year with an OPP (also a retired one) or a scoring round; null when none
 */
public record YearFigures(
        @Nullable Integer firstYear,
        List<ConsensusYear> consensus,
        List<ItemYear> items,
        List<GoalYear> goals,
        List<ClosedYear> closed,
        List<ClosedGroup> closedGroups)
        implements Serializable {

    /** The round members (OPPs in a round) with a consensus in rounds of a school year, and their mean (0-2). */
    public record ConsensusYear(int year, int members, double mean) implements Serializable {}

    /**
     * One checklist item's consensus over the round members of a school year; {@code statement} is the item's text in
     * the checklist version of the year's latest round (null when that version no longer has the item's code).
     */
    public record ItemYear(
            int year, int position, String code, @Nullable String statement, int members, double mean)
            implements Serializable {}

    /** Goals evaluated in a school year, by result, and the pupils whose plans they belong to. */
    public record GoalYear(int year, int pupils, int achieved, int partly, int notAchieved) implements Serializable {
        int goals() {
            return achieved + partly + notAchieved;
        }
    }

    /** OPPs closed in a school year and how long they ran (days from the start of extra support to closing). */
    public record ClosedYear(int year, int opps, double meanDays, double medianDays) implements Serializable {}

    /**
     * OPPs closed in a school year by one of their ways out: {@code kind} {@code REASON} (the closing reason) or
     * {@code DESTINATION} (where the pupil went; {@code UNKNOWN} when not recorded).
     */
    public record ClosedGroup(int year, String kind, String value, int opps) implements Serializable {}
}
