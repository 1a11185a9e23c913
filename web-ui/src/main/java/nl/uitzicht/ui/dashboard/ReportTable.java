package nl.uitzicht.ui.dashboard;

import java.io.Serializable;
import java.util.List;
import nl.uitzicht.ui.kit.DataTable;

/**
 * One table of the dashboard exactly as shown (suppressed cells already "&lt; 5"): on screen, as CSV and
 * in the PDF.
 */
record ReportTable(String id, String caption, String fileName, List<String> header, List<List<String>> rows)
        implements Serializable {

    ReportTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    DataTable toHtml() {
        return new DataTable(id, caption, header, rows);
    }
}
