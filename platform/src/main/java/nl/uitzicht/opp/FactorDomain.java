package nl.uitzicht.opp;

/** The domain a factor or goal belongs to. */
public enum FactorDomain {
    LEARNING,
    BEHAVIOUR,
    WORK_ATTITUDE,
    PHYSICAL,
    HOME,
    SCHOOL
}
