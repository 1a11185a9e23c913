package nl.uitzicht.opp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameScrubberTest {

    @Test
    void takesOutTheFullNameAndItsPartsAsWholeWordsInAnyCase() {
        NameScrubber scrubber = new NameScrubber("Anne-Fleur van der Berg");
        assertThat(scrubber.scrub(
                        "Anne-Fleur van der Berg leest. ANNE heeft hulp; fleur ook. Bergen en Annemarie niet."))
                .isEqualTo("[…] leest. […] heeft hulp; […] ook. Bergen en Annemarie niet.");
    }

    @Test
    void leavesNameParticlesAndOtherWordsAlone() {
        NameScrubber scrubber = new NameScrubber("Daan de Vries");
        assertThat(scrubber.scrub("De leerling: Daan. Vries-achtig? de vries!"))
                .isEqualTo("De leerling: […]. […]-achtig? de […]!");
    }
}
