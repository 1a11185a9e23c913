package nl.uitzicht.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.uitzicht.ui.kit.DataTable;
import nl.uitzicht.ui.kit.Latin1Html;
import org.junit.jupiter.api.Test;

/**
 * What the dashboard sends stays Latin-1: Vaadin keeps its last answer as a Java string, and one en dash would
 * make Java keep it in UTF-16, twice the size (issue 13). The browser shows the same characters.
 */
class Latin1AnswerTest {

    @Test
    void htmlTextsWriteOtherCharactersAsReferences() {
        assertThat(Latin1Html.escape("Geen SOP (– = leeg) & één <b>"))
                .isEqualTo("Geen SOP (&ndash; = leeg) &amp; &eacute;&eacute;n &lt;b&gt;");
        assertThat(Latin1Html.escape("“Regenboog” 🌈")).isEqualTo("&ldquo;Regenboog&rdquo; &#127752;");
        assertThat(Latin1Html.escape("12,5")).isEqualTo("12,5");
    }

    @Test
    void tablesAndChartOptionsAreLatin1() {
        String html = DataTable.html("Per school", List.of("School"), List.of(List.of("De Brug – Noord")));
        String json = Json.strings(List.of("De Brug – Noord", "é\"<"));

        assertThat(html.chars().allMatch(c -> c <= 0xFF)).as(html).isTrue();
        assertThat(json).isEqualTo("[\"De Brug \\u2013 Noord\",\"é\\\"\\u003c\"]");
    }
}
