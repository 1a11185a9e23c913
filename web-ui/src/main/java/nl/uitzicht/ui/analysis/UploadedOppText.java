package nl.uitzicht.ui.analysis;

import com.vaadin.flow.component.html.Div;
import nl.uitzicht.analysis.MaskedText;

/** The masked text of an uploaded OPP, placeholders marked, sent as one element (ADR 0090). */
class UploadedOppText extends Div {

    UploadedOppText(MaskedText masked) {
        addClassName("analysis-uploaded-text");
        getElement().setAttribute("tabindex", "0"); // it scrolls: reachable by keyboard
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("analysis.upload.textLabel"));
        getElement().setProperty("innerHTML", MaskedTextHtml.of(masked));
    }
}
