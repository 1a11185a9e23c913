package nl.uitzicht.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The board report's chart: a bar per school year that has a figure, every year and figure written, the benchmark. */
@Tag("unit")
class YearChartTest {

    @Test
    void drawsABarPerShownFigureAndWritesEveryYearAndTheBenchmark() {
        String svg = YearChart.svg(
                List.of("2024-2025", "2025-2026", "2026-2027"),
                Arrays.asList(40.0, null, 80.0),
                List.of("40,0%", "te weinig", "80,0%"),
                100.0,
                50.0,
                "Inspectie 50,0%",
                "Voldoet aan <alle> eisen");
        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg.split("<rect class=\"bar\"", -1)).hasSize(3); // two bars: none for "te weinig"
        assertThat(svg).contains("2024-2025", "2025-2026", "2026-2027", "40,0%", "te weinig", "80,0%");
        assertThat(svg).contains("class=\"benchmark\"", "Inspectie 50,0%");
        assertThat(svg).contains("aria-label=\"Voldoet aan &lt;alle&gt; eisen\"");
        // 80 of 100 over the plot height (144): a bar of 115.2; 40: 57.6.
        assertThat(svg).contains("height=\"115.2\"", "height=\"57.6\"");
    }

    @Test
    void scalesToTheLargestFigureWithoutAMaximum() {
        String svg = YearChart.svg(
                List.of("2024-2025", "2025-2026"), List.of(2.0, 4.0), List.of("2", "4"), null, null, null, "OPP's");
        assertThat(svg).contains("height=\"144.0\"", "height=\"72.0\"").doesNotContain("benchmark");
    }
}
