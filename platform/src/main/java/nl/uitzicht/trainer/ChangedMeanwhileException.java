package nl.uitzicht.trainer;

/** Someone saved a newer version of the same thing first (optimistic locking). */
public class ChangedMeanwhileException extends RuntimeException {

    public ChangedMeanwhileException(String what) {
        super(what + " was changed by someone else in the meantime");
    }
}
