package nl.uitzicht.analysis;

/** The checks computed from an OPP's own data, next to the raters' scores. */
public enum AutomaticCheck {
    LEGAL_PARTS,
    CONSENT,
    PUPIL_VIEW,
    SET_WITHIN_SIX_WEEKS,
    EVALUATED_WITHIN_YEAR,
    AT_MOST_FIVE_PAGES;

    public static final int MAX_PAGES = 5;

    /** PASS, FAIL, or NOT_DUE (its moment has not come yet, e.g. the 6 weeks are still running). */
    public enum Outcome {
        PASS,
        FAIL,
        NOT_DUE
    }
}
