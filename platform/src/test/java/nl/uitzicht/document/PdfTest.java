package nl.uitzicht.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PdfTest {

    @Test
    void textIsEscapedForXhtmlAndControlCharactersAreDropped() {
        assertThat(Pdf.escape("<a href=\"x\">Tom & Jerry's</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
        assertThat(Pdf.escape("regel 1\nregel\t2\u0000\u0007")).isEqualTo("regel 1\nregel\t2");
        assertThat(Pdf.escape("Zoë – één")).isEqualTo("Zoë – één");
    }

    @Test
    void aRenderedDocumentHasItsPagesAndText() {
        String page = "<div style=\"page-break-after: always\">Pagina</div>";
        byte[] pdf = Pdf.fromXhtml("<html><head><style>@page { size: A4; }</style></head><body>" + page.repeat(2)
                + "<p>" + Pdf.escape("Einde & klaar") + "</p></body></html>");
        assertThat(Pdf.pages(pdf)).isEqualTo(3);
        assertThat(Pdf.text(pdf)).contains("Pagina", "Einde & klaar");
    }
}
