package nl.uitzicht.opp;

import java.io.Serializable;
import java.util.UUID;

/** One line in a list of OPPs. */
public record OppSummary(
        UUID id,
        UUID pupilId,
        String pupilName,
        String group,
        UUID schoolId,
        OppState state,
        int versionNo,
        Deadlines deadlines)
        implements Serializable {}
