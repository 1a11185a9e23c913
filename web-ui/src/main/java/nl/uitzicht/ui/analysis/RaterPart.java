package nl.uitzicht.ui.analysis;

/**
 * The parts of the plan as a rater reads it (issue 18), in the order shown: the three legal parts (factors,
 * perspective, handelingsdeel: goals, interventions, agreements), consent, the pupil's view, monitoring,
 * evaluation, the legal clocks and the plan's length. Each is one {@code section} with {@code data-part} in the
 * rater view's markup; the test {@code RaterViewChecklistBrowserlessTest} maps every checklist item to these.
 */
enum RaterPart {
    FACTORS,
    PERSPECTIVE,
    GOALS,
    INTERVENTIONS,
    AGREEMENTS,
    CONSENT,
    PUPIL_VIEW,
    MONITORING,
    EVALUATION,
    CLOCKS,
    LENGTH
}
