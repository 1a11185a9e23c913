package nl.uitzicht.analysis;

/** The part of the OPP a checklist item looks at; items are grouped by it. */
public enum ChecklistPart {
    ALL_PARTS,
    FACTORS,
    PERSPECTIVE,
    HANDELINGSDEEL,
    PROCESS,
    FORM
}
