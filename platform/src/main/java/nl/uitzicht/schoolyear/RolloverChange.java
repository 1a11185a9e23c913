package nl.uitzicht.schoolyear;

/** One kind of line in the rollover report. */
public enum RolloverChange {
    /** The pupil moves to the next group or class. */
    MOVE_UP,
    /** The pupil leaves the school (groep 8, the last year of a VO track). */
    LEAVE,
    /** A leaver's open OPP closes with the reason "pupil left". */
    CLOSE_OPP,
    /** An active OPP's yearly evaluation is brought into the new school year. */
    SCHEDULE_EVALUATION,
    /** The group's name cannot be read: the school moves this pupil by hand. Nothing changes. */
    NOT_UNDERSTOOD
}
