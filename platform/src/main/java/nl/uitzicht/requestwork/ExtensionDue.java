package nl.uitzicht.requestwork;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;
import nl.uitzicht.request.RequestType;

/** A granted request whose decision ends soon, with no extension asked for yet: the school should ask for one. */
public record ExtensionDue(
        UUID requestId, UUID pupilId, String pupilName, UUID schoolId, RequestType type, LocalDate endsOn)
        implements Serializable {}
