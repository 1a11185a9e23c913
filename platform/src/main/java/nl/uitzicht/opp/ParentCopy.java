package nl.uitzicht.opp;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The parents' version of a plan: the same content as the parents' PDF ({@link OppContent}), the
 * monitoring and evaluations, the list of versions, and this parent's own notes and answer. To answer on
 * the handelingsdeel the parent sends back {@code versionNo} and {@code handelingsdeelHash}: an answer
 * on content that changed meanwhile is refused.
 */
public record ParentCopy(
        UUID oppId,
        UUID pupilId,
        String pupilName,
        OppState state,
        OppContent content,
        String handelingsdeelHash,
        List<Observation> observations,
        List<Evaluation> evaluations,
        List<ParentVersion> versions,
        @Nullable ParentConsent myAnswer,
        List<ParentNote> myNotes)
        implements Serializable {

    /** The school asks for consent, or the plan runs: the parent can answer on the handelingsdeel. */
    public boolean answerable() {
        return state == OppState.AWAITING_CONSENT || state == OppState.ACTIVE;
    }

    /** The parent has no answer that still holds for this handelingsdeel. */
    public boolean asksForAnswer() {
        return answerable() && (myAnswer == null || !myAnswer.current());
    }

    public boolean acceptsNotes() {
        return state != OppState.CLOSED;
    }
}
