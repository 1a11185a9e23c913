package nl.uitzicht.ui.dashboard;

import java.util.List;
import nl.uitzicht.dashboard.Cell;
import nl.uitzicht.dashboard.Dashboard;
import nl.uitzicht.document.Pdf;

/**
 * The region dashboard as a PDF report (A4 landscape): the filter, the key figures, the notes and every
 * table of the screen, with the same suppression ("&lt; 5"). Charts are not drawn; the tables hold their
 * numbers.
 */
final class DashboardPdf {

    private static final String CSS = """
            @page { size: A4 landscape; margin: 14mm 12mm 16mm 12mm;
                    @bottom-center { content: "%s " counter(page) " / " counter(pages); font-size: 7.5pt; color: #555; } }
            body { font-family: sans-serif; font-size: 8.5pt; line-height: 1.35; color: #1d2733; }
            h1 { font-size: 16pt; margin: 0 0 4pt 0; color: #0b4f71; }
            h2 { font-size: 10.5pt; margin: 12pt 0 3pt 0; color: #0b4f71; }
            p { margin: 2pt 0; }
            .kpis { width: 100%%; border-collapse: separate; border-spacing: 4pt; margin: 8pt 0; }
            .kpis td { border: 0.5pt solid #c9d3dc; padding: 5pt; width: 25%%; }
            .kpi { font-size: 15pt; font-weight: bold; display: block; }
            table.data { border-collapse: collapse; margin: 2pt 0 6pt 0; font-size: 7.5pt; }
            table.data.wide { width: 100%%; }
            table.data tr { page-break-inside: avoid; }
            table.data th, table.data td { padding: 2pt 4pt; border-bottom: 0.5pt solid #c9d3dc; text-align: right;
                                          vertical-align: bottom; }
            table.data thead th { background: #eef3f7; }
            table.data th.row, table.data thead th:first-child { text-align: left; }
            .suppressed { font-style: italic; color: #5a6772; }
            .muted { color: #5a6772; }
            """;

    private DashboardPdf() {}

    /**
     * @param intro  lines under the title (filter, privacy note, date)
     * @param notes  explanations after the key figures (what counts as basic support, scores, reach)
     * @param footer the page footer's words before the page number
     */
    static byte[] render(
            String title,
            List<String> intro,
            List<DashboardTables.Kpi> kpis,
            List<String> notes,
            List<ReportTable> tables,
            String footer) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><title>")
                .append(Pdf.escape(title))
                .append("</title><style>")
                .append(CSS.formatted(footer.replace("\"", "").replace("\\", "")))
                .append("</style></head><body>");
        html.append("<h1>").append(Pdf.escape(title)).append("</h1>");
        intro.forEach(line ->
                html.append("<p class=\"muted\">").append(Pdf.escape(line)).append("</p>"));
        html.append("<table class=\"kpis\"><tr>");
        kpis.forEach(k -> html.append("<td><span class=\"kpi\">")
                .append(Pdf.escape(k.value()))
                .append("</span>")
                .append(Pdf.escape(k.label()))
                .append("</td>"));
        html.append("</tr></table>");
        notes.forEach(line -> html.append("<p>").append(Pdf.escape(line)).append("</p>"));
        tables.forEach(t -> table(html, t));
        return Pdf.fromXhtml(html.append("</body></html>").toString());
    }

    private static void table(StringBuilder html, ReportTable table) {
        html.append("<h2>").append(Pdf.escape(table.caption())).append("</h2>");
        if (table.rows().isEmpty()) {
            html.append("<p class=\"muted\">–</p>");
            return;
        }
        html.append("<table class=\"data")
                .append(table.header().size() > 4 ? " wide" : "")
                .append("\"><thead><tr>");
        table.header().forEach(h -> html.append("<th>").append(Pdf.escape(h)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<String> row : table.rows()) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                String tag = i == 0 ? "th" : "td";
                html.append('<')
                        .append(tag)
                        .append(i == 0 ? " class=\"row\"" : "")
                        .append(Cell.SUPPRESSED_TEXT.equals(cell) ? " class=\"suppressed\"" : "")
                        .append('>')
                        .append(Pdf.escape(cell))
                        .append("</")
                        .append(tag)
                        .append('>');
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    /** The PDF file name for a dashboard. */
    static String fileName(Dashboard d) {
        return "dashboard-" + d.filter().from() + "-" + d.filter().to() + ".pdf";
    }
}
