package nl.uitzicht.ui.dashboard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import nl.uitzicht.csv.CsvCell;

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

    static Anchor download(String id, String label, ReportTable table) {
        // The file is made on download: the session keeps the table (the PDF needs it too), not a copy as bytes.
        Anchor a = new Anchor(
                DownloadHandler.fromInputStream(e -> {
                    byte[] bytes = of(table.header(), table.rows()).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), table.fileName(), "text/csv;charset=utf-8", bytes.length);
                }),
                "");
        a.getElement().setAttribute("download", true);
        a.setId(id);
        Button b = new Button(label, VaadinIcon.DOWNLOAD_ALT.create());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        b.setTabIndex(-1);
        a.add(b);
        return a;
    }
}
