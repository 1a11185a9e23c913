package nl.uitzicht.opp;

import java.util.Set;

/** Where an OPP is in its yearly cycle, and which steps may follow. */
public enum OppState {
    DRAFT,
    IN_CONSULTATION,
    AWAITING_CONSENT,
    ACTIVE,
    IN_EVALUATION,
    CLOSED;

    public Set<OppState> next() {
        return switch (this) {
            case DRAFT -> Set.of(IN_CONSULTATION);
            case IN_CONSULTATION -> Set.of(AWAITING_CONSENT);
            case AWAITING_CONSENT -> Set.of(ACTIVE, IN_CONSULTATION);
            case ACTIVE -> Set.of(IN_EVALUATION);
            case IN_EVALUATION -> Set.of(ACTIVE, CLOSED);
            case CLOSED -> Set.of();
        };
    }

    public boolean canMoveTo(OppState target) {
        return next().contains(target);
    }

    /** The plan's content may be edited: before consent is asked, and while it is being evaluated. */
    public boolean editable() {
        return this == DRAFT || this == IN_CONSULTATION || this == IN_EVALUATION;
    }

    /** Extra support is given under a consented plan. */
    public boolean consented() {
        return this == ACTIVE || this == IN_EVALUATION;
    }
}
