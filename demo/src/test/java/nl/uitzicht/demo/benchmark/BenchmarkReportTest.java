package nl.uitzicht.demo.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.uitzicht.demo.benchmark.BenchmarkReport.Round;
import nl.uitzicht.demo.benchmark.BenchmarkReport.Samples;
import nl.uitzicht.demo.benchmark.StatementRecorder.Statement;
import org.junit.jupiter.api.Test;

/** The benchmark's statistics and its Markdown report. */
class BenchmarkReportTest {

    @Test
    void medianOfAnOddAndAnEvenNumberOfSamples() {
        assertThat(new Samples(new double[] {1, 2, 9}).median()).isEqualTo(2);
        assertThat(new Samples(new double[] {1, 2, 4, 9}).median()).isEqualTo(3);
    }

    @Test
    void the95thPercentileIsTheNearestRank() {
        double[] sorted = new double[20];
        for (int i = 0; i < 20; i++) {
            sorted[i] = i + 1;
        }
        assertThat(new Samples(sorted).p95()).isEqualTo(19);
        assertThat(new Samples(new double[] {5}).p95()).isEqualTo(5);
    }

    @Test
    void theReportNamesEveryMeasurementAndRatio() {
        BenchmarkReport.Region region = new BenchmarkReport.Region(
                "PO2998", List.of(new Statement("select count(*)\nfrom opp o", new Object[0])), List.of(42));
        region.rounds().add(new Round(130, 1, 4, 0.5, 3.5, new double[] {100}, new double[] {95}));
        region.rounds().add(new Round(150, 2, 6, 1.5, 4.5, new double[] {120}, new double[] {105}));

        String report = BenchmarkReport.format(LocalDate.of(2026, 12, 5), List.of(region), 10, 1.0, 1.5);

        assertThat(report)
                .contains("10 warm-up rounds, 2 measured")
                .contains("| PO2998 | cold dashboard (PostgreSQL, Java, Redis write) | 140.00 | 150.00 |")
                .contains("| PO2998 | plain SQL, 1 statements, app role under RLS | 110.00 | 120.00 |")
                .contains("| PO2998 | cold / plain SQL | 1.27 |")
                .contains("| 1 | `select count(*)` | 42 | 110.00 | 100.00 |");
    }
}
