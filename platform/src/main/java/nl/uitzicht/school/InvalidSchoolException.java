package nl.uitzicht.school;

import java.util.List;

/** Thrown when school details are invalid or clash with an existing school; carries every problem. */
public class InvalidSchoolException extends IllegalArgumentException {

    private final List<SchoolDetails.FieldProblem> problems;

    public InvalidSchoolException(List<SchoolDetails.FieldProblem> problems) {
        super("Invalid school: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<SchoolDetails.FieldProblem> problems() {
        return problems;
    }
}
