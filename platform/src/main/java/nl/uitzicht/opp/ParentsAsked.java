package nl.uitzicht.opp;

import java.util.UUID;

/**
 * The school asks the parents of a pupil to take part in the plan: published by {@link OppWorkflow} in the
 * transaction that takes the step; listeners act after it commits. Names no content of the plan.
 */
public record ParentsAsked(UUID regionId, UUID oppId, UUID pupilId, Occasion occasion) {

    /** Why the parents are asked. */
    public enum Occasion {
        /** The draft is talked through: the parents can give their view and questions. */
        INPUT_WANTED,
        /** The plan waits for the parents' consent to the handelingsdeel. */
        CONSENT_ASKED,
        /** The yearly evaluation has started: the parents can give their view. */
        EVALUATION_DUE
    }
}
