package nl.uitzicht.ui.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.util.List;

/**
 * A plain, accessible HTML table (caption, column and row headers) with the numbers of a chart. Its rows
 * go to the browser as one escaped HTML string, not as an element per cell: a region's tables have
 * hundreds of cells, and every server-side element (and property) costs heap for as long as the session lives
 * (issue 13); the string is sent once and not kept.
 */
@Tag("table")
public class DataTable extends Component {

    public DataTable(String id, String caption, List<String> header, List<List<String>> rows) {
        setId(id);
        getElement().getClassList().add("dashboard-table");
        // Sent once with the answer and not kept: an element property would stay in the session's heap as long
        // as the view lives (issue 13). The charts next to the tables are drawn the same way (EChart).
        getElement().executeJs("this.innerHTML = $0", html(caption, header, rows));
    }

    /** The table's inner HTML; every text escaped. */
    public static String html(String caption, List<String> header, List<List<String>> rows) {
        StringBuilder b = new StringBuilder("<caption>").append(esc(caption)).append("</caption><thead><tr>");
        for (String h : header) {
            b.append("<th scope=\"col\">").append(esc(h)).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            b.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String text = row.get(i);
                String tag = i == 0 ? "th" : "td";
                b.append('<').append(tag);
                if (i == 0) {
                    b.append(" scope=\"row\"");
                }
                if ("< 5".equals(text)) {
                    b.append(" class=\"dashboard-suppressed\"");
                }
                b.append('>').append(esc(text)).append("</").append(tag).append('>');
            }
            b.append("</tr>");
        }
        return b.append("</tbody>").toString();
    }

    private static String esc(String text) {
        return Latin1Html.escape(text);
    }
}
