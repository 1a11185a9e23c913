package nl.uitzicht.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidSchoolExceptionTest {

    @Test
    void itCarriesEveryProblemAsGiven() {
        List<SchoolDetails.FieldProblem> problems = new ArrayList<>(new SchoolDetails("x", "y", "", SchoolType.BAO, null, -1)
                .problems());
        InvalidSchoolException e = new InvalidSchoolException(problems);
        problems.clear();
        assertThat(e.problems()).extracting(SchoolDetails.FieldProblem::field)
                .containsExactly("brin", "vestiging", "name", "pupilCount");
    }
}
