package nl.uitzicht.board;

import java.io.Serializable;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.uitzicht.dashboard.Cell;
import nl.uitzicht.dashboard.SchoolYear;
import org.jspecify.annotations.Nullable;

/**
 * The board report: per section (OPPs per 100 pupils, the automatic checks, the checklist consensus, goals at
 * evaluation, length, ways out, the basic-support mirror) rows of one figure per school year, oldest year first.
 * Everything is already suppressed: a count under 5 is "&lt; 5", a figure from a group under 5 is "te weinig". The
 * screen and the PDF show the same rows; labels are keys ({@code board.<section>.<row key>}) the screen and the PDF
 * translate, unless a row carries its own {@code name} (a support category, a checklist item).
 */
public record BoardReport(List<SchoolYear> years, List<Section> sections, LocalDate madeOn) implements Serializable {

    public static final String TOO_FEW_KEY = "board.tooFew";

    public BoardReport {
        years = List.copyOf(years);
        sections = List.copyOf(sections);
    }

    public Section section(String key) {
        return sections.stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + key));
    }

    /**
     * One part of the report. {@code chartRow}: the key of the row its chart draws (null: no chart); {@code chartMax}
     * the chart's scale (100 for percentages, 2 for checklist means, null: the largest value).
     */
    public record Section(
            String key,
            List<Row> rows,
            @Nullable String chartRow,
            @Nullable Double chartMax,
            @Nullable Double chartBenchmark)
            implements Serializable {

        public Section {
            rows = List.copyOf(rows);
        }

        public Row row(String rowKey) {
            return find(rowKey).orElseThrow(() -> new IllegalArgumentException("no row " + rowKey + " in " + key));
        }

        public Optional<Row> find(String rowKey) {
            return rows.stream().filter(r -> r.key().equals(rowKey)).findFirst();
        }

        public Optional<Row> chart() {
            return chartRow == null ? Optional.empty() : find(chartRow);
        }
    }

    /**
     * One line: a figure per school year, and where the Inspectie has a national figure for it, that figure
     * ({@code benchmark}, a percentage).
     */
    public record Row(
            String key,
            @Nullable String name,
            List<Figure> values,
            @Nullable Double benchmark) implements Serializable {

        public Row {
            values = List.copyOf(values);
        }
    }

    /** How a figure is written. */
    public enum Kind {
        COUNT,
        PER100,
        PERCENT,
        MEAN,
        MONTHS
    }

    /**
     * One figure of one school year. {@code suppressed}: a count under 5 (or one that would give such a count
     * away); {@code tooFew}: a figure computed over fewer than 5 (pupils, OPPs, round members); both show no number.
     * {@code value} is null when there is nothing to show (no OPPs that year): "–".
     */
    public record Figure(Kind kind, @Nullable Double value, boolean suppressed, boolean tooFew)
            implements Serializable {

        /** A count as the dashboards show it. */
        public static Figure count(Cell cell) {
            return new Figure(Kind.COUNT, cell.suppressed() ? null : (double) cell.value(), cell.suppressed(), false);
        }

        /** A count that stands for no pupils (e.g. the schools' pupil numbers): never suppressed. */
        public static Figure plain(int count) {
            return new Figure(Kind.COUNT, (double) count, false, false);
        }

        /** A percentage that stands for no group (the Inspectie's figures). */
        public static Figure percent(double value) {
            return new Figure(Kind.PERCENT, value, false, false);
        }

        /** A figure over a group: "te weinig" when the group is under 5 or suppressed, "–" when it is empty. */
        public static Figure over(Kind kind, Cell group, @Nullable Double value) {
            boolean tooFew = group.suppressed() || (group.value() > 0 && group.value() < 5);
            return new Figure(kind, tooFew || group.value() == 0 ? null : value, false, tooFew);
        }

        /** The figure as written, {@code tooFew} being the words for too few ("te weinig"). */
        public String text(Locale locale, String tooFew) {
            if (suppressed) {
                return Cell.SUPPRESSED_TEXT;
            }
            if (this.tooFew) {
                return tooFew;
            }
            if (value == null) {
                return "–";
            }
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            f.setGroupingUsed(kind == Kind.COUNT);
            f.setMinimumFractionDigits(kind == Kind.MEAN ? 2 : kind == Kind.COUNT ? 0 : 1);
            f.setMaximumFractionDigits(kind == Kind.MEAN ? 2 : kind == Kind.COUNT ? 0 : 1);
            return f.format(value) + (kind == Kind.PERCENT ? "%" : "");
        }

        /** The number a chart draws: null when none is shown. */
        public @Nullable Double shown() {
            return suppressed || tooFew ? null : value;
        }
    }
}
