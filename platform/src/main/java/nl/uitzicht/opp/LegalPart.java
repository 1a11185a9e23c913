package nl.uitzicht.opp;

/**
 * The legal parts of an OPP as the law names them (ADR 0078). A plan is complete when none is missing
 * ({@link OppContent#missingLegalParts()}): the workflow asks consent only then, and the automatic checks
 * and the dashboard count "all three legal parts" by the same rule.
 */
public enum LegalPart {
    /** Part 1: at least one hindering and at least one helping factor. */
    FACTORS("opp.missing.factors"),
    /** Part 2: the expected exit destination, its reasoning and what is needed to reach it. */
    PERSPECTIVE("opp.missing.perspective"),
    /** Part 3, the handelingsdeel: at least one goal ... */
    GOALS("opp.missing.goals"),
    /** ... and at least one intervention. */
    INTERVENTIONS("opp.missing.interventions");

    private final String messageKey;

    LegalPart(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The i18n key that names what is missing. */
    public String messageKey() {
        return messageKey;
    }
}
