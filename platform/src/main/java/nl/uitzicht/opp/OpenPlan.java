package nl.uitzicht.opp;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An open plan as the school-year rollover sees it: whose, where, in which state, and when it is evaluated. */
public record OpenPlan(
        UUID oppId,
        UUID pupilId,
        UUID schoolId,
        OppState state,
        @Nullable LocalDate nextEvaluationOn) implements Serializable {}
