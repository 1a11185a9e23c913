package nl.uitzicht.opp;

/** Who carries out an intervention. */
public enum Performer {
    TEACHER,
    PARENTS,
    PUPIL,
    EXTERNAL
}
