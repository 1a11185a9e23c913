package nl.uitzicht.request;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of a request list (the school's list, the region's queue, an expert's list). */
public record RequestSummary(
        UUID id,
        UUID pupilId,
        String pupilName,
        UUID schoolId,
        String schoolName,
        RequestType type,
        RequestStatus status,
        @Nullable LocalDate submittedOn,
        @Nullable LocalDate dueOn,
        @Nullable String caseManagerName,
        @Nullable Outcome outcome,
        DueState due)
        implements Serializable {}
