package nl.uitzicht.ui.dashboard;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import nl.uitzicht.csv.CsvCell;
import nl.uitzicht.ui.kit.Latin1Html;

/**
 * CSV export of a table exactly as shown: suppressed cells are "< 5" here too. Semicolon-separated
 * with a BOM, as Dutch Excel expects. Every cell (school names, category names, headers) goes through
 * {@link CsvCell} against formula injection; the cells are all text here, and none is a negative number.
 */
final class Csv {

    private Csv() {}

    static String of(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append(line(header));
        rows.forEach(r -> sb.append(line(r)));
        return sb.toString();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(Csv::quote).collect(Collectors.joining(";")) + "\r\n";
    }

    private static String quote(String cell) {
        return "\"" + CsvCell.text(cell).replace("\"", "\"\"") + "\"";
    }

    /**
     * A download link for a table. The file is made when clicked, from {@code table}, which reads the figures
     * shown again (from the dashboard's cache): the session keeps neither the file nor the table's cells (issue 13).
     * One element (an anchor with an icon in its markup), not an anchor, a button and an icon.
     */
    static Anchor download(String id, String label, SerializableSupplier<ReportTable> table) {
        Anchor a = new Anchor(
                DownloadHandler.fromInputStream(e -> {
                    ReportTable t = table.get();
                    byte[] bytes = of(t.header(), t.rows()).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), t.fileName(), "text/csv;charset=utf-8", bytes.length);
                }),
                "");
        a.getElement().setAttribute("download", true);
        a.getElement()
                .setProperty(
                        "innerHTML",
                        "<vaadin-icon icon=\"vaadin:download-alt\" aria-hidden=\"true\"></vaadin-icon>"
                                + Latin1Html.escape(label));
        a.addClassName("dashboard-download");
        a.setId(id);
        return a;
    }
}
