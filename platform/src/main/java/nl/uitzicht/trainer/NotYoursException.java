package nl.uitzicht.trainer;

/** A trainer reached for something of another trainer that is not shared with them. */
public class NotYoursException extends RuntimeException {

    public NotYoursException(String what) {
        super(what + " belongs to another trainer and is not shared with you");
    }
}
