package nl.uitzicht.ui.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.List;

/** A plain, accessible HTML table (caption, column and row headers) with the numbers of a chart. */
@Tag("table")
class DataTable extends Component {

    DataTable(String id, String caption, List<String> header, List<List<String>> rows) {
        setId(id);
        getElement().getClassList().add("dashboard-table");
        getElement().appendChild(new Element("caption").setText(caption));
        Element head = new Element("tr");
        for (String h : header) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(h));
        }
        getElement().appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (List<String> row : rows) {
            Element tr = new Element("tr");
            for (int i = 0; i < row.size(); i++) {
                Element cell = i == 0 ? new Element("th").setAttribute("scope", "row") : new Element("td");
                String text = row.get(i);
                if ("< 5".equals(text)) {
                    cell.getClassList().add("dashboard-suppressed");
                }
                tr.appendChild(cell.setText(text));
            }
            body.appendChild(tr);
        }
        getElement().appendChild(body);
    }
}
