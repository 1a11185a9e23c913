package nl.uitzicht.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.uitzicht.testing.UploadFixtures;
import org.junit.jupiter.api.Test;

class PseudonymisationTest {

    @Test
    void theDocxFixturesNamesDatesAddressesAndContactsAreMasked() {
        String text = OppFileText.read(UploadFixtures.docx()).text();

        MaskedText masked = Pseudonymisation.mask(text, List.of());

        for (String identifier : UploadFixtures.DOCX_IDENTIFIERS) {
            assertThat(masked.text()).as(identifier).doesNotContain(identifier);
        }
        assertThat(masked.text())
                .contains("Naam leerling | [LEERLING]")
                .contains("Geboortedatum | [DATUM]")
                .contains("[LEERLING] leest op AVI-niveau E4")
                .contains("[E-MAIL]", "[TELEFOON]", "[BSN]", "[ADRES]")
                // the plan itself stays readable
                .contains("Belemmerende en bevorderende factoren", "Leest AVI M6 in juni | Dagelijks RALFI-lezen");
    }

    @Test
    void thePdfFixturesNamesDatesAndAddressesAreMasked() {
        String text = OppFileText.read(UploadFixtures.pdf()).text();

        MaskedText masked = Pseudonymisation.mask(text, List.of());

        for (String identifier : UploadFixtures.PDF_IDENTIFIERS) {
            assertThat(masked.text()).as(identifier).doesNotContain(identifier);
        }
        assertThat(masked.text())
                .contains("[LEERLING] heeft moeite met rekenen")
                .contains("Rekent tot 100");
    }

    @Test
    void oneNameKeepsOnePlaceholderThroughoutTheText() {
        MaskedText masked = Pseudonymisation.mask(
                "Moeder: Petra Smit\nLeerling: Daan Smit\nGesprek met Petra over Daan. Petra Smit tekent.", List.of());

        assertThat(masked.text())
                .isEqualTo(
                        "Moeder: [NAAM 1]\nLeerling: [LEERLING]\nGesprek met [NAAM 1] over [LEERLING]. [NAAM 1] tekent.");
        assertThat(masked.masks()).hasSize(5);
        MaskedText.Mask first = masked.masks().getFirst();
        assertThat(masked.text().substring(first.start(), first.end())).isEqualTo("[NAAM 1]");
        assertThat(first.kind()).isEqualTo(MaskedText.Kind.NAME);
    }

    @Test
    void termsTheUploaderAddsAreMaskedWhateverTheirCase() {
        MaskedText masked = Pseudonymisation.mask(
                "Op De Linde werkt Sam met de Time-timer. De linde heeft een plusklas.", List.of("De Linde", "Sam"));

        assertThat(masked.text())
                .isEqualTo("Op [NAAM 1] werkt [NAAM 2] met de Time-timer. [NAAM 1] heeft een plusklas.");
        assertThat(masked.masks()).extracting(MaskedText.Mask::kind).containsOnly(MaskedText.Kind.TERM);
    }

    @Test
    void salutationsAndTitlesGiveNames() {
        MaskedText masked = Pseudonymisation.mask(
                "Geachte mevrouw El Amrani,\nJuf Fleur en meester Bram bespraken het plan met dhr. Yilmaz.", List.of());

        assertThat(masked.text()).doesNotContain("Amrani", "Fleur", "Bram", "Yilmaz");
    }

    @Test
    void theMarkedPlaceholdersOfAConfirmedTextAreFoundAgain() {
        MaskedText marked = MaskedText.marked("[LEERLING] woont op [ADRES]; [NAAM 12] belt op [DATUM].");

        assertThat(marked.masks())
                .extracting(MaskedText.Mask::placeholder)
                .containsExactly("[LEERLING]", "[ADRES]", "[NAAM 12]", "[DATUM]");
    }
}
