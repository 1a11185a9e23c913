package nl.uitzicht.request;

import java.util.List;
import nl.uitzicht.validation.FieldProblem;
import nl.uitzicht.validation.InvalidInput;

/**
 * A TLV may be decided only after two distinct experts advised, one of them an orthopedagogue or psychologist
 * (Wet passend onderwijs: the samenwerkingsverband asks the advice of two experts before it issues a TLV).
 */
public class TwoExpertRuleException extends InvalidInput {

    public TwoExpertRuleException() {
        super(List.of(new FieldProblem("outcome", "request.error.twoExperts")));
    }
}
