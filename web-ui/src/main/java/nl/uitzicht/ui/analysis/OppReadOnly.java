package nl.uitzicht.ui.analysis;

import com.vaadin.flow.component.html.Div;
import nl.uitzicht.opp.RaterDossier;

/**
 * The whole plan as a rater reads it (issue 18): the version the round fixed, with consent, the pupil's view,
 * monitoring and evaluation, pseudonymised unless the rater is staff of its school ({@link RaterDossier}).
 * Read-only text, sent once as escaped markup ({@link DossierMarkup}) and not kept: the view holds neither the
 * dossier nor its markup (ADR 0090). Also the plan behind a request to the region, as its case manager and experts
 * read it (ADR 0101).
 */
public class OppReadOnly extends Div {

    OppReadOnly(RaterDossier dossier) {
        this(dossier, DossierMarkup.Reader.RATER);
    }

    private OppReadOnly(RaterDossier dossier, DossierMarkup.Reader reader) {
        addClassName("analysis-opp");
        getElement().executeJs("this.innerHTML = $0", DossierMarkup.of(dossier, this, reader));
    }

    /** The plan behind a request to the region, as its case manager or an assigned expert reads it (ADR 0101). */
    public static OppReadOnly forRequest(RaterDossier dossier) {
        return new OppReadOnly(dossier, DossierMarkup.Reader.REQUEST_HANDLER);
    }
}
