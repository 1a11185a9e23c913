package nl.uitzicht.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's tables go to the browser as one HTML string: headers, row headers and escaped texts. */
class DataTableTest {

    @Test
    void aTableIsItsCaptionHeadersAndRowsWithEveryTextEscaped() {
        String html = DataTable.html(
                "Per school",
                List.of("School", "OPP's"),
                List.of(List.of("De <b>Regenboog</b> & Co", "12"), List.of("Het Anker", "< 5")));

        assertThat(html)
                .isEqualTo("<caption>Per school</caption><thead><tr><th scope=\"col\">School</th>"
                        + "<th scope=\"col\">OPP&#39;s</th></tr></thead><tbody>"
                        + "<tr><th scope=\"row\">De &lt;b&gt;Regenboog&lt;/b&gt; &amp; Co</th><td>12</td></tr>"
                        + "<tr><th scope=\"row\">Het Anker</th><td class=\"dashboard-suppressed\">&lt; 5</td></tr>"
                        + "</tbody>");
    }
}
