package nl.uitzicht.opp;

/** Who an agreement binds. */
public enum Party {
    SCHOOL,
    PARENTS,
    PUPIL
}
