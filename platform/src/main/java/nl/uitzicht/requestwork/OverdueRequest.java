package nl.uitzicht.requestwork;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A request not yet decided whose decision term has passed: {@code daysOverdue} days since its due date. */
public record OverdueRequest(
        UUID requestId,
        String pupilName,
        String schoolName,
        String type,
        LocalDate dueOn,
        long daysOverdue,
        @Nullable String caseManagerName)
        implements Serializable {}
