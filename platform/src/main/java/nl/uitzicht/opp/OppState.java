package nl.uitzicht.opp;

import java.util.Set;

/**
 * Where an OPP is in its yearly cycle, and which steps may follow. The ways out (ADR 0077): a draft can be
 * DISCARDED, a plan can be CLOSED from any open state; an active plan can be adjusted mid-year (ADJUSTING).
 */
public enum OppState {
    DRAFT,
    IN_CONSULTATION,
    AWAITING_CONSENT,
    ACTIVE,
    /** Bijstellen: a new version of the active plan is being adjusted; support goes on under the old one. */
    ADJUSTING,
    IN_EVALUATION,
    CLOSED,
    /** A draft thrown away: kept for the audit log only, counted nowhere. */
    DISCARDED;

    public Set<OppState> next() {
        return switch (this) {
            case DRAFT -> Set.of(IN_CONSULTATION, CLOSED, DISCARDED);
            case IN_CONSULTATION -> Set.of(AWAITING_CONSENT, CLOSED);
            case AWAITING_CONSENT -> Set.of(ACTIVE, IN_CONSULTATION, ADJUSTING, CLOSED);
            case ACTIVE -> Set.of(IN_EVALUATION, ADJUSTING, CLOSED);
            case ADJUSTING -> Set.of(ACTIVE, AWAITING_CONSENT, CLOSED);
            case IN_EVALUATION -> Set.of(ACTIVE, CLOSED);
            case CLOSED, DISCARDED -> Set.of();
        };
    }

    public boolean canMoveTo(OppState target) {
        return next().contains(target);
    }

    /** The plan's content may be edited: before consent is asked, while it is adjusted or evaluated. */
    public boolean editable() {
        return this == DRAFT || this == IN_CONSULTATION || this == ADJUSTING || this == IN_EVALUATION;
    }

    /** Extra support is given under a consented plan. */
    public boolean consented() {
        return this == ACTIVE || this == ADJUSTING || this == IN_EVALUATION;
    }

    /** Not closed or discarded: the pupil can have only one open plan, and only an open plan changes. */
    public boolean open() {
        return this != CLOSED && this != DISCARDED;
    }
}
