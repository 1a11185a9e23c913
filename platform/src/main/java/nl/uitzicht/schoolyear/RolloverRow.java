package nl.uitzicht.schoolyear;

import java.io.Serializable;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of the rollover report: at which school, for which pupil, what changes ({@code before} and
 * {@code after}: the groups, or the evaluation dates; empty when not applicable). {@code oppId}: the plan
 * a {@link RolloverChange#CLOSE_OPP} or {@link RolloverChange#SCHEDULE_EVALUATION} line is about.
 */
public record RolloverRow(
        UUID schoolId,
        String schoolName,
        UUID pupilId,
        String pupilName,
        RolloverChange change,
        String before,
        String after,
        @Nullable UUID oppId)
        implements Serializable {}
