package nl.uitzicht.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportManifestTest {

    private final ExportManifest manifest = new ExportManifest(
            "PO2001",
            "SWV",
            "2026-03-01T10:00:00Z",
            "CSV",
            "Anna",
            List.of(
                    new ExportManifest.Entry("opp.csv", "opp", "all", 12),
                    new ExportManifest.Entry("opp-2.csv", "opp", "all", 3),
                    new ExportManifest.Entry("stakeholder.csv", "stakeholder", "filtered", 4)),
            List.of(new ExportManifest.LeftOut("stakeholder", "columns private_notes", "ADR 0031")));

    @Test
    void rowsAreCountedPerTableOverItsFiles() {
        assertThat(manifest.rowsOf("opp")).isEqualTo(15);
        assertThat(manifest.rowsOf("stakeholder")).isEqualTo(4);
        assertThat(manifest.rowsOf("school")).isZero();
    }

    @Test
    void whatWasLeftOutOfATable() {
        assertThat(manifest.leftOutOf("stakeholder"))
                .get()
                .extracting(ExportManifest.LeftOut::part)
                .isEqualTo("columns private_notes");
        assertThat(manifest.leftOutOf("opp")).isEmpty();
    }

    @Test
    void filesAreNamedAfterTheirFormat() {
        assertThat(ExportFormat.CSV.extension()).isEqualTo("csv");
        assertThat(ExportFormat.JSON.extension()).isEqualTo("json");
    }

    @Test
    void closingAnEntryLeavesTheArchiveOpen() throws IOException {
        class Target extends ByteArrayOutputStream {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        }
        Target target = new Target();
        try (NonClosingOutputStream out = new NonClosingOutputStream(target)) {
            out.write("a,b".getBytes(), 0, 3);
        }
        assertThat(target.closed).isFalse();
        assertThat(target.toString()).isEqualTo("a,b");
    }
}
