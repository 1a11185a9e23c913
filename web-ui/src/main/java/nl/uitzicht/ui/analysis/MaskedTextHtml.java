package nl.uitzicht.ui.analysis;

import nl.uitzicht.analysis.MaskedText;
import nl.uitzicht.ui.kit.Latin1Html;

/** An uploaded OPP's masked text as the markup of one element: escaped, with each placeholder marked. */
final class MaskedTextHtml {

    private MaskedTextHtml() {}

    static String of(MaskedText masked) {
        String text = masked.text();
        StringBuilder html = new StringBuilder(text.length() + masked.masks().size() * 40);
        int at = 0;
        for (MaskedText.Mask mask : masked.masks()) {
            html.append(Latin1Html.escape(text.substring(at, mask.start())))
                    .append("<mark class=\"analysis-mask\" data-kind=\"")
                    .append(mask.kind().name())
                    .append("\">")
                    .append(Latin1Html.escape(mask.placeholder()))
                    .append("</mark>");
            at = mask.end();
        }
        html.append(Latin1Html.escape(text.substring(at)));
        return html.toString();
    }
}
