package nl.uitzicht.requestwork;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** A granted request (its type: {@code support_request.type}) whose decision ends soon, with no extension asked for yet: the school should ask for one. */
public record ExtensionDue(UUID requestId, UUID pupilId, String pupilName, UUID schoolId, String type, LocalDate endsOn)
        implements Serializable {}
