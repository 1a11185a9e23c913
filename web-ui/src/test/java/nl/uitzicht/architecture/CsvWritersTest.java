package nl.uitzicht.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every CSV writer of the platform passes its cells through {@code nl.uitzicht.csv.CsvCell} (formula
 * injection): a source file of any module that prints CSV (commons-csv's {@code CSVPrinter}) or sends
 * a {@code text/csv} download must use it.
 */
class CsvWritersTest {

    static final List<Path> SOURCES = List.of(
            Path.of("../platform/src/main/java"), Path.of("../tenant-admin/src/main/java"), Path.of("src/main/java"));

    @Test
    void everyCsvWriterNeutralisesFormulas() {
        List<Path> writers = SOURCES.stream()
                .flatMap(CsvWritersTest::javaFiles)
                .filter(CsvWritersTest::writesCsv)
                .toList();
        assertThat(writers)
                .as("the CSV writers known today are found")
                .anySatisfy(f -> assertThat(f.toString()).endsWith("TableFile.java"))
                .anySatisfy(f -> assertThat(f.toString()).endsWith("Csv.java"));
        assertThat(writers)
                .allSatisfy(f -> assertThat(read(f)).as("%s uses CsvCell", f).contains("CsvCell."));
    }

    /** Prints CSV, or sends a CSV file for download (an upload that accepts CSV is not a writer). */
    private static boolean writesCsv(Path file) {
        String source = read(file);
        return source.contains("CSVPrinter") || source.contains("text/csv") && source.contains("DownloadResponse");
    }

    private static Stream<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
