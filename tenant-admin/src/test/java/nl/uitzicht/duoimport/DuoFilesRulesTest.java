package nl.uitzicht.duoimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DuoFilesRulesTest {

    @Test
    void duoWritesTheVestigingsnummerShortOrWithItsBrin() {
        assertThat(DuoFiles.vestigingOf("12AB", "01")).isEqualTo("01");
        assertThat(DuoFiles.vestigingOf("12AB", "12ab01")).isEqualTo("01");
        assertThat(DuoFiles.vestigingOf("12AB", " 3 ")).isEqualTo("03");
        assertThat(DuoFiles.vestigingOf("12AB", "34CD01"))
                .as("another BRIN stays as written")
                .isEqualTo("34CD01");
    }

    @Test
    void aSchoolIsListedByItsCodeOrByItsWholeBrin() {
        DuoFiles.Reading reading = new DuoFiles.Reading(
                java.util.List.of(),
                Set.of("12AB01"),
                Set.of("34CD"),
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of());
        assertThat(reading.lists("12AB", "01")).isTrue();
        assertThat(reading.lists("12AB", "02")).isFalse();
        assertThat(reading.lists("34CD", "07")).isTrue();
    }
}
