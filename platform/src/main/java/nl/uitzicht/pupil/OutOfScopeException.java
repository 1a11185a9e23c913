package nl.uitzicht.pupil;

/**
 * A pupil or OPP that is not (or no longer) reachable for this person: another school, another
 * region, or it does not exist. Deliberately the same answer for all three, so nothing leaks.
 */
public class OutOfScopeException extends RuntimeException {

    public OutOfScopeException() {
        super("opp.pupil.error.notFound");
    }
}
