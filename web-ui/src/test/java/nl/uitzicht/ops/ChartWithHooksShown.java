package nl.uitzicht.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;

/**
 * helm-java's {@code template} prints only the release manifest, never the hooks (the migration Job,
 * the test pod), just as Helm keeps them apart. So the test renders a copy of the chart in which
 * the annotation key {@code helm.sh/hook} is spelt {@code test.uitzicht/hook} (values unchanged),
 * which makes Helm print those objects too, and renames the key back after parsing. Every other
 * byte of the chart is the real one.
 */
final class ChartWithHooksShown {

    private static final String HOOK = "helm.sh/hook";
    private static final String SHOWN = "test.uitzicht/hook";

    private ChartWithHooksShown() {}

    static synchronized Path copyOf(Path chart) {
        Path copy = Path.of("target", "helm-rendered", chart.getFileName().toString());
        try {
            FileSystemUtils.deleteRecursively(copy);
            FileSystemUtils.copyRecursively(chart, copy);
            try (Stream<Path> files = Files.walk(copy.resolve("templates"))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String text = Files.readString(file);
                    if (text.contains(HOOK)) {
                        Files.writeString(file, text.replace(HOOK, SHOWN));
                    }
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RenderedChart parse(String rendered) {
        return RenderedChart.parse(rendered.replace(SHOWN, HOOK));
    }
}
