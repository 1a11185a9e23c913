package nl.uitzicht.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.uitzicht.ui.UitzichtI18n;
import nl.uitzicht.validation.FieldProblem;
import nl.uitzicht.validation.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

/** The one input error becomes a 400 with every invalid field, its code and its Dutch message. */
class ApiErrorsTest {

    private final ApiErrors errors = new ApiErrors(new ApiMessages(new UitzichtI18n()));

    @Test
    void invalidInputIsABadRequestWithTheFieldList() {
        ProblemDetail problem = errors.invalidInput(new InvalidInput(List.of(
                new FieldProblem("brin", "admin.school.error.brin"),
                new FieldProblem("name", "admin.school.error.name"))));

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getProperties()).containsKey("errors");
        @SuppressWarnings("unchecked")
        List<ApiErrors.FieldError> fields =
                (List<ApiErrors.FieldError>) problem.getProperties().get("errors");
        assertThat(fields).extracting(ApiErrors.FieldError::field).containsExactly("brin", "name");
        assertThat(fields)
                .extracting(ApiErrors.FieldError::code)
                .containsExactly("admin.school.error.brin", "admin.school.error.name");
        assertThat(fields.getFirst().message()).contains("BRIN").doesNotContain("admin.school");
        assertThat(problem.getDetail()).isEqualTo(fields.getFirst().message());
    }

    @Test
    void theMessageArgumentsAreFilledIn() {
        ProblemDetail problem =
                errors.invalidInput(new InvalidInput("file", "admin.duo.error.columns", "scholen.csv", "BRIN, NAAM"));

        @SuppressWarnings("unchecked")
        List<ApiErrors.FieldError> fields =
                (List<ApiErrors.FieldError>) problem.getProperties().get("errors");
        assertThat(fields.getFirst().message())
                .contains("scholen.csv", "BRIN, NAAM")
                .doesNotContain("{0}", "{1}");
    }

    @Test
    void aFileOverTheLimitIsTooLargeAndKeepsItsTopLevelCode() {
        ProblemDetail problem =
                errors.invalidInput(new InvalidInput("file", "admin.duo.error.tooLarge", "groot.csv", "20 MB"));

        assertThat(problem.getStatus()).isEqualTo(413);
        assertThat(problem.getProperties()).containsEntry("code", "admin.duo.error.tooLarge");
        assertThat(problem.getDetail()).contains("groot.csv", "20 MB");
    }
}
