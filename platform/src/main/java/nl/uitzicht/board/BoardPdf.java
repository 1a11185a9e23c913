package nl.uitzicht.board;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.uitzicht.board.BoardReport.Figure;
import nl.uitzicht.board.BoardReport.Row;
import nl.uitzicht.board.BoardReport.Section;
import nl.uitzicht.dashboard.SchoolYear;
import nl.uitzicht.document.Pdf;

/**
 * The board report as A4 XHTML for the PDF renderer, in Dutch: per section its title, what it counts, a bar per
 * school year of its main figure (with the Inspectie's figure where there is one) and the table of all its rows. The
 * bars are drawn as boxes: the renderer draws no SVG without a further library (ADR 0099).
 */
final class BoardPdf {

    private static final Locale DUTCH = Locale.of("nl", "NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final String CSS = """
            @page { size: A4; margin: 16mm 14mm 18mm 14mm;
                    @bottom-center { content: "%s " counter(page) " / " counter(pages); font-size: 7.5pt; color: #555; } }
            body { font-family: sans-serif; font-size: 9pt; line-height: 1.35; color: #1d2733; }
            h1 { font-size: 17pt; margin: 0 0 3pt 0; color: #0b4f71; }
            h2 { font-size: 11.5pt; margin: 14pt 0 3pt 0; padding-bottom: 2pt; border-bottom: 1pt solid #0b4f71; color: #0b4f71; }
            p { margin: 2pt 0; }
            .muted { color: #5a6772; }
            .section { page-break-inside: avoid; }
            table { border-collapse: collapse; margin: 4pt 0; }
            table.data { width: 100%%; }
            tr { page-break-inside: avoid; }
            th, td { padding: 2pt 4pt; border-bottom: 0.5pt solid #c9d3dc; text-align: right; vertical-align: bottom; }
            thead th { background: #eef3f7; }
            th.row, thead th:first-child { text-align: left; font-weight: normal; }
            thead th:first-child { font-weight: bold; }
            .small { font-style: italic; color: #5a6772; }
            table.bars { width: 70%%; }
            table.bars td { border: none; padding: 1pt 4pt; }
            table.bars td.year { text-align: left; width: 22%%; }
            table.bars td.track { width: 60%%; text-align: left; }
            .bar { height: 8pt; background: #1f6f8b; }
            .bar.benchmark { background: #9aa7b1; }
            """;

    private final ResourceBundle labels = ResourceBundle.getBundle("board.report", Locale.ROOT);
    private final StringBuilder html = new StringBuilder();

    private BoardPdf() {}

    static byte[] render(BoardReport report, String regionName, String regionCode) {
        return Pdf.fromXhtml(new BoardPdf().xhtml(report, regionName, regionCode));
    }

    String xhtml(BoardReport report, String regionName, String regionCode) {
        html.append("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"UTF-8\"/><title>")
                .append(esc(label("title")))
                .append("</title><style>")
                .append(CSS.formatted(label("footer").replace("\"", "")))
                .append("</style></head><body>");
        html.append("<h1>").append(esc(label("title"))).append("</h1>");
        paragraph("muted", MessageFormat.format(label("subtitle"), regionName, regionCode));
        paragraph("muted", MessageFormat.format(label("made"), DATE.format(report.madeOn())));
        paragraph("muted", label("privacy"));
        for (Section section : report.sections()) {
            section(report.years(), section);
        }
        return html.append("</body></html>").toString();
    }

    private void section(List<SchoolYear> years, Section section) {
        html.append("<div class=\"section\"><h2>")
                .append(esc(label(section.key() + ".title")))
                .append("</h2>");
        paragraph("muted", label(section.key() + ".intro"));
        section.chart().ifPresent(row -> bars(years, section, row));
        boolean yearly = section.rows().stream().anyMatch(r -> !r.values().isEmpty());
        boolean benchmark = section.rows().stream().anyMatch(r -> r.benchmark() != null);
        html.append("<table class=\"data\"><thead><tr><th>")
                .append(esc(label("figure")))
                .append("</th>");
        if (yearly) {
            years.forEach(y -> html.append("<th>").append(esc(y.label())).append("</th>"));
        }
        if (benchmark) {
            html.append("<th>").append(esc(label("inspectie"))).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (Row row : section.rows()) {
            html.append("<tr><th class=\"row\">")
                    .append(esc(rowLabel(section, row)))
                    .append("</th>");
            if (yearly) {
                row.values().forEach(f -> {
                    String text = text(f);
                    html.append(f.suppressed() || f.tooFew() ? "<td class=\"small\">" : "<td>")
                            .append(esc(text))
                            .append("</td>");
                });
            }
            if (benchmark) {
                html.append("<td>")
                        .append(row.benchmark() == null ? "" : esc(percent(row.benchmark())))
                        .append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table></div>");
    }

    /** The section's main figure as a bar per school year, and the Inspectie's figure as a grey bar. */
    private void bars(List<SchoolYear> years, Section section, Row row) {
        double max = section.chartMax() != null
                ? section.chartMax()
                : row.values().stream()
                        .map(Figure::shown)
                        .filter(java.util.Objects::nonNull)
                        .mapToDouble(Double::doubleValue)
                        .max()
                        .orElse(1);
        html.append("<table class=\"bars\"><tbody>");
        for (int i = 0; i < years.size(); i++) {
            Figure f = row.values().get(i);
            bar(years.get(i).label(), f.shown(), max, text(f), "bar");
        }
        if (section.chartBenchmark() != null) {
            bar(label("inspectie"), section.chartBenchmark(), max, percent(section.chartBenchmark()), "bar benchmark");
        }
        html.append("</tbody></table>");
    }

    private void bar(String name, Double value, double max, String text, String css) {
        long width = value == null || max <= 0 ? 0 : Math.round(Math.min(value, max) * 100 / max);
        html.append("<tr><td class=\"year\">")
                .append(esc(name))
                .append("</td><td class=\"track\">")
                .append(width == 0 ? "" : "<div class=\"" + css + "\" style=\"width: " + width + "%\"></div>")
                .append("</td><td>")
                .append(esc(text))
                .append("</td></tr>");
    }

    private String rowLabel(Section section, Row row) {
        return row.name() != null ? row.name() : label(section.key() + "." + row.key());
    }

    private String text(Figure f) {
        return f.text(DUTCH, label("tooFew"));
    }

    private static String percent(double value) {
        return Figure.percent(value).text(DUTCH, "");
    }

    private void paragraph(String css, String text) {
        html.append("<p class=\"").append(css).append("\">").append(esc(text)).append("</p>");
    }

    private String label(String key) {
        return labels.getString(key);
    }

    private static String esc(String text) {
        return Pdf.escape(text);
    }
}
