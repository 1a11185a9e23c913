package nl.uitzicht.trainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.uitzicht.validation.InvalidInput;
import org.junit.jupiter.api.Test;

class ChecksTest {

    private final Map<String, String> errors = new LinkedHashMap<>();

    @Test
    void requiredRefusesNullAndBlankAndChecksTheLength() {
        Checks.required(errors, "a", null, 5);
        Checks.required(errors, "b", " \t", 5);
        Checks.required(errors, "c", "123456", 5);
        Checks.required(errors, "d", "12345", 5);
        assertThat(errors)
                .containsExactly(
                        Map.entry("a", "trainer.validation.required"),
                        Map.entry("b", "trainer.validation.required"),
                        Map.entry("c", "trainer.validation.tooLong.5"));
    }

    @Test
    void maxLengthAllowsNothingAndExactlyTheLimit() {
        Checks.maxLength(errors, "a", null, 3);
        Checks.maxLength(errors, "b", "abc", 3);
        Checks.maxLength(errors, "c", "abcd", 3);
        assertThat(errors).containsOnlyKeys("c");
    }

    @Test
    void presentNeedsAChoice() {
        Checks.present(errors, "kind", null);
        Checks.present(errors, "level", "LOW");
        assertThat(errors).containsExactly(Map.entry("kind", "trainer.validation.choose"));
    }

    @Test
    void throwIfAnyCarriesEveryErrorAndNothingWhenFine() {
        Checks.throwIfAny(errors);
        errors.put("a", "x");
        errors.put("b", "y");
        assertThatThrownBy(() -> Checks.throwIfAny(errors))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.byField()).containsOnlyKeys("a", "b"));
    }

    @Test
    void cleanTrimsAndMakesBlankNull() {
        assertThat(Checks.clean(null)).isNull();
        assertThat(Checks.clean("   ")).isNull();
        assertThat(Checks.clean(" a b ")).isEqualTo("a b");
    }

    @Test
    void theErrorsOfAnExceptionAreACopy() {
        errors.put("a", "x");
        InvalidInput e = InvalidInput.of(errors);
        errors.put("b", "y");
        assertThat(e.byField()).containsOnlyKeys("a");
        assertThat(new InvalidInput("f", "k").byField()).containsExactly(Map.entry("f", "k"));
        assertThat(new ChangedMeanwhileException("Action").getMessage()).startsWith("Action");
        assertThat(new NotYoursException("Thought").getMessage()).startsWith("Thought");
    }
}
