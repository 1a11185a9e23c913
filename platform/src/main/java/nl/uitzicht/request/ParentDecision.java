package nl.uitzicht.request;

import java.io.Serializable;
import java.util.UUID;

/** What a parent sees of a decided request about their child: the type and the decision (with its letter). */
public record ParentDecision(UUID requestId, UUID pupilId, String pupilName, RequestType type, Decision decision)
        implements Serializable {}
