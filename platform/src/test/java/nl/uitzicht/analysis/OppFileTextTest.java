package nl.uitzicht.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.uitzicht.testing.UploadFixtures;
import nl.uitzicht.validation.InvalidInput;
import org.junit.jupiter.api.Test;

class OppFileTextTest {

    @Test
    void aDocxKeepsItsPageHeaderHeadingsAndTableRowsAsLines() {
        OppFileText.Extracted read = OppFileText.read(UploadFixtures.docx());

        assertThat(read.kind()).isEqualTo(OppFileKind.DOCX);
        List<String> lines = read.text().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("Basisschool De Linde - OPP Sam Jansen - vertrouwelijk");
        assertThat(lines)
                .contains(
                        "Naam leerling | Sam Jansen",
                        "Geboortedatum | 12-03-2015",
                        "Doel | Aanpak | Wie",
                        "Leest AVI M6 in juni | Dagelijks RALFI-lezen | Leerkracht");
        // a heading stands on its own line after an empty one
        int heading = lines.indexOf("Uitstroomperspectief");
        assertThat(heading).isPositive();
        assertThat(lines.get(heading - 1)).isEmpty();
    }

    @Test
    void aPdfLaidOutInColumnsGivesALinePerRow() {
        OppFileText.Extracted read = OppFileText.read(UploadFixtures.pdf());

        assertThat(read.kind()).isEqualTo(OppFileKind.PDF);
        List<String> lines =
                read.text().lines().map(l -> l.replaceAll("\\s+", " ").strip()).toList();
        assertThat(lines).contains("Ontwikkelingsperspectiefplan", "Naam leerling: Noor Bakker", "Doel Aanpak Wie");
        assertThat(lines).anyMatch(l -> l.startsWith("Rekent tot 100") && l.endsWith("Leerkracht"));
    }

    @Test
    void aScannedPageWithoutTextIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> OppFileText.read(UploadFixtures.scannedPdf()))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.byField()).containsEntry("file", "analysis.upload.error.noText"));
    }

    @Test
    void passwordProtectedAndDamagedFilesAreRefused() {
        assertThatThrownBy(() -> OppFileText.read(UploadFixtures.passwordPdf()))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.byField()).containsEntry("file", "analysis.upload.error.encrypted"));
        byte[] brokenPdf = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> OppFileText.read(brokenPdf))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.byField()).containsEntry("file", "analysis.upload.error.damaged"));
        byte[] brokenZip = "PK\u0003\u0004 this is not a Word document at all".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> OppFileText.read(brokenZip))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.byField()).containsEntry("file", "analysis.upload.error.damaged"));
    }

    @Test
    void theTypeIsToldByTheBytesNotTheName() {
        byte[] text = "Naam leerling: Sam Jansen\nDit is een tekstbestand met de extensie .pdf"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> OppFileText.read(text))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.byField()).containsEntry("file", "analysis.upload.error.type"));
        byte[] oldWord = new byte[512];
        System.arraycopy(
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                0,
                oldWord,
                0,
                8);
        assertThatThrownBy(() -> OppFileText.read(oldWord))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.byField()).containsEntry("file", "analysis.upload.error.oldOrEncrypted"));
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() {
        byte[] large = new byte[OppFileText.MAX_BYTES + 1];
        large[0] = '%';
        assertThatThrownBy(() -> OppFileText.read(large))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.byField()).containsEntry("file", "analysis.upload.error.tooLarge"));
        assertThatThrownBy(() -> OppFileText.read(new byte[0]))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.byField()).containsEntry("file", "analysis.upload.error.empty"));
    }
}
