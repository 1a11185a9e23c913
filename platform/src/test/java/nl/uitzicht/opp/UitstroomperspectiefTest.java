package nl.uitzicht.opp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Legal part 2: a destination, reasoned, with what is needed to reach it. */
class UitstroomperspectiefTest {

    @Test
    void completeNeedsDestinationReasoningAndWhatIsNeeded() {
        assertThat(ContentFixture.perspective().complete()).isTrue();
        assertThat(new Uitstroomperspectief(null, "r", List.of(), "n").complete())
                .isFalse();
        assertThat(new Uitstroomperspectief(ExitDestination.PRO, " ", List.of(), "n").complete())
                .isFalse();
        assertThat(new Uitstroomperspectief(ExitDestination.PRO, "r", List.of(), "\t").complete())
                .isFalse();
    }

    @Test
    void theDestinationsOfTheDomainBrief() {
        assertThat(ExitDestination.values())
                .contains(
                        ExitDestination.PRO,
                        ExitDestination.VMBO_B,
                        ExitDestination.VMBO_K,
                        ExitDestination.VMBO_GT,
                        ExitDestination.HAVO,
                        ExitDestination.VWO,
                        ExitDestination.VERVOLGONDERWIJS,
                        ExitDestination.ARBEIDSMARKT,
                        ExitDestination.DAGBESTEDING,
                        ExitDestination.VSO,
                        ExitDestination.SBO,
                        ExitDestination.SO)
                .hasSize(12);
    }
}
