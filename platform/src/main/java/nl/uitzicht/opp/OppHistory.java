package nl.uitzicht.opp;

import java.io.Serializable;
import java.util.List;

/** Everything recorded around a plan: conversations, monitoring, evaluations and every version. */
public record OppHistory(
        List<Conversation> conversations,
        List<Observation> observations,
        List<Evaluation> evaluations,
        List<OppContent> versions)
        implements Serializable {}
