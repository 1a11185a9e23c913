package nl.uitzicht.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class InvalidInputTest {

    @Test
    void textIsTrimmedAndAnOptionalBlankBecomesEmpty() {
        assertThat(InvalidInput.text("f", "  tekst ", 10, true)).isEqualTo("tekst");
        assertThat(InvalidInput.text("f", "   ", 10, false)).isEmpty();
        assertThat(InvalidInput.text("f", null, 10, false)).isEmpty();
    }

    @Test
    void aRequiredBlankIsRefusedForItsField() {
        InvalidInput e =
                catchThrowableOfType(InvalidInput.class, () -> InvalidInput.text("participants", " ", 10, true));
        assertThat(e.problems().getFirst().field()).isEqualTo("participants");
        assertThat(e.messageKey()).isEqualTo("opp.validation.required");
    }

    @Test
    void theLimitCountsAfterTrimming() {
        assertThat(InvalidInput.text("f", "  " + "x".repeat(10) + "  ", 10, true))
                .hasSize(10);
        InvalidInput e =
                catchThrowableOfType(InvalidInput.class, () -> InvalidInput.text("f", "x".repeat(11), 10, true));
        assertThat(e.messageKey()).isEqualTo("opp.validation.tooLong.10");
    }
}
