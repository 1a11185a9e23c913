package nl.uitzicht.ui.opp;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongFunction;
import nl.uitzicht.opp.OppDocument;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.ui.kit.SaveButton;

/**
 * The OPP editor's header: the pupil, the plan's state, version and deadlines, the workflow step this state
 * allows, the PDF with its page count, and the legal checks as the region counts them.
 */
class OppHeader extends VerticalLayout {

    private final OppEditorView view;
    private final OppPlan plan;

    OppHeader(OppEditorView view) {
        this.view = view;
        this.plan = view.plan();
        setPadding(false);
        setSpacing(false);
        H1 title = new H1(getTranslation("opp.editor.title", plan.pupil().name()));
        title.setId("opp-title");
        FlexLayout facts = new FlexLayout();
        facts.addClassName("opp-facts");
        Span state = OppListView.stateBadge(this, plan.state());
        state.setId("opp-state");
        facts.add(
                state,
                OppEditorView.fact(
                        getTranslation("opp.pupils.group") + ": " + plan.pupil().group()),
                version(),
                deadlineFact());
        if (plan.deadlines().nextEvaluationOn() != null) {
            facts.add(OppEditorView.fact(getTranslation("opp.deadline.nextEvaluation") + ": "
                    + OppListView.DATE.format(plan.deadlines().nextEvaluationOn())));
        }
        add(title, facts, actions(), new OppChecklist(plan, view.today()));
    }

    /** The version and its change number: the number a save's confirmation names (ADR 0072). */
    private Span version() {
        Span version = OppEditorView.fact(getTranslation("opp.versionAndChange", plan.versionNo(), plan.version()));
        version.setId("opp-version");
        return version;
    }

    private Span deadlineFact() {
        if (plan.deadlines().firstActiveOn() != null) {
            return OppEditorView.fact(getTranslation(
                    plan.deadlines().setInTime() ? "opp.deadline.setInTime" : "opp.deadline.setLate",
                    OppListView.DATE.format(plan.deadlines().firstActiveOn())));
        }
        long days = plan.deadlines().daysUntilSetBy(view.today());
        Span s = OppEditorView.fact(
                days < 0
                        ? getTranslation(
                                "opp.deadline.overdue",
                                OppListView.DATE.format(plan.deadlines().setBy()),
                                -days)
                        : getTranslation(
                                "opp.deadline.left",
                                OppListView.DATE.format(plan.deadlines().setBy()),
                                days));
        s.setId("opp-deadline");
        if (days < 0) {
            s.addClassName("opp-warning");
        }
        return s;
    }

    private Component actions() {
        FlexLayout row = new FlexLayout();
        row.addClassName("opp-actions");
        switch (plan.state()) {
            case DRAFT ->
                row.add(step("opp.action.consult", v -> view.workflow.startConsultation(view.scope, plan.id(), v)));
            case IN_CONSULTATION ->
                row.add(step("opp.action.requestConsent", v -> view.workflow.requestConsent(view.scope, plan.id(), v)));
            case AWAITING_CONSENT -> row.add(OppEditorView.fact(getTranslation("opp.action.awaitingHint")));
            case ACTIVE ->
                row.add(step("opp.action.evaluate", v -> view.workflow.startEvaluation(view.scope, plan.id(), v)));
            case ADJUSTING -> row.add(OppEditorView.fact(getTranslation("opp.action.adjustingHint")));
            case IN_EVALUATION -> row.add(OppEditorView.fact(getTranslation("opp.action.evaluatingHint")));
            case CLOSED -> row.add(OppEditorView.fact(getTranslation("opp.action.closedHint")));
            case DISCARDED -> row.add(OppEditorView.fact(getTranslation("opp.action.discardedHint")));
        }
        row.add(new LifecycleActions(view));
        row.add(TemplateFromPlanButton.of(view));
        if (plan.state().open()) {
            // issue 16: a request to the region (arrangement or TLV) starts from this plan, linked by version
            Anchor request = new Anchor("aanvragen/nieuw/" + plan.id(), "");
            request.setId("opp-request");
            Button requestButton = new Button(getTranslation("request.opp.action"), VaadinIcon.PAPERPLANE.create());
            requestButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            request.add(requestButton);
            row.add(request);
        }
        Span length = pageCount();
        UUID id = plan.id();
        Anchor pdf = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    OppDocument doc = view.documents.export(view.scope, id);
                    return new DownloadResponse(
                            new ByteArrayInputStream(doc.pdf()), doc.fileName(), "application/pdf", doc.pdf().length);
                }),
                "");
        pdf.getElement().setAttribute("download", true);
        pdf.setId("opp-pdf");
        Button pdfButton = new Button(getTranslation("opp.pdf.download"), VaadinIcon.DOWNLOAD.create());
        pdfButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        pdf.add(pdfButton);
        row.add(length, pdf);
        return row;
    }

    /**
     * The PDF's page count: at once when this version was counted before, else "…" and the count pushed when
     * the render on the server's task executor is done (it is never rendered in this request; issue 13).
     */
    private Span pageCount() {
        Span length = OppEditorView.fact(getTranslation("opp.pdf.pagesPending"));
        length.setId("opp-pages");
        CompletableFuture<Integer> pages = view.documents.pageCountLater(view.scope, plan.id());
        if (pages.isDone() && !pages.isCompletedExceptionally()) {
            showPages(length, pages.join());
            return length;
        }
        UI ui = UI.getCurrent();
        pages.whenComplete((count, failure) -> {
            try {
                ui.access(() -> {
                    if (failure == null) {
                        showPages(length, count);
                    } else {
                        length.setText(getTranslation("opp.pdf.pagesUnknown"));
                    }
                });
            } catch (UIDetachedException gone) {
                // the editor was closed before the count was ready: nothing to show
            }
        });
        return length;
    }

    private void showPages(Span length, int pages) {
        length.setText(getTranslation("opp.pdf.pages", pages));
        if (pages > OppDocument.MAX_PAGES) {
            length.setText(getTranslation("opp.pdf.tooLong", pages, OppDocument.MAX_PAGES));
            length.addClassName("opp-warning");
        }
    }

    private Button step(String key, LongFunction<OppPlan> action) {
        Button b = new SaveButton(getTranslation(key), () -> view.change(action, Map.of()));
        b.setId("opp-step");
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return b;
    }
}
