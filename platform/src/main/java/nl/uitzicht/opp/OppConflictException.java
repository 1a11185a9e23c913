package nl.uitzicht.opp;

/** Someone else saved this OPP since it was opened; nothing was saved, reload to see their work. */
public class OppConflictException extends RuntimeException {

    public OppConflictException() {
        super("opp.error.conflict");
    }
}
