package nl.uitzicht.ui.request;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.identity.Role;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.request.DecisionInput;
import nl.uitzicht.request.FundingCategory;
import nl.uitzicht.request.Objection;
import nl.uitzicht.request.ObjectionInput;
import nl.uitzicht.request.ObjectionOutcome;
import nl.uitzicht.request.Outcome;
import nl.uitzicht.request.RegionCaller;
import nl.uitzicht.request.RegionRequests;
import nl.uitzicht.request.RequestDetail;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.DatePickers;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.ui.kit.UnsavedChanges;
import nl.uitzicht.validation.InvalidInput;

/**
 * A request as the case manager handles it: the facts, assigning the case manager and experts, the experts' advice,
 * the decision (the service enforces the two-expert rule for a TLV) with its letter, and objections. Keeps only the
 * request's id and version.
 */
@Route(value = "regio/aanvragen/:requestId", layout = MainLayout.class)
@RolesAllowed(Role.CASE_MANAGER_NAME)
class RegionRequestView extends FreshPage implements HasDynamicTitle {

    static final String ID = "requestId";

    private final RegionRequests requests;
    private final RegionCallers callers;
    private RegionCaller caller;
    private final Clock clock;
    private UUID requestId = new UUID(0, 0);
    private long version;
    /** The decision and objection forms: leaving with what was typed there asks first (ADR 0108). */
    private final UnsavedChanges changes = new UnsavedChanges(this);

    RegionRequestView(RegionRequests requests, RegionCallers callers, Clock clock) {
        this.requests = requests;
        this.callers = callers;
        this.clock = clock;
        addClassNames("page", "request-page");
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        caller = callers.current();
        RequestDetail detail;
        try {
            requestId = UUID.fromString(event.getRouteParameters().get(ID).orElse(""));
            detail = requests.get(caller, requestId);
        } catch (OutOfScopeException | IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(detail);
    }

    private void show(RequestDetail d) {
        version = d.version();
        removeAll();
        add(new H1(getTranslation(
                "request.page.title",
                getTranslation("request.type." + d.type()),
                d.summary().pupilName())));
        Div facts = RequestFacts.request(this, d);
        add(facts);
        add(RequestFacts.plan(this, d.oppVersionNo(), () -> requests.plan(caller, requestId)));
        add(RequestFacts.attachments(this, d.attachments(), id -> requests.attachment(caller, requestId, id)));
        if (d.status().open()) {
            // An assignment updates its card and the facts (status, case manager) only, not the whole page.
            Div[] shown = {facts};
            add(new AssignCard(requests, caller, d, () -> version, assigned -> {
                version = assigned.version();
                Div now = RequestFacts.request(this, assigned);
                replace(shown[0], now);
                shown[0] = now;
            }));
        }
        add(RequestFacts.advice(this, d.advice()));
        if (d.status().open()) {
            add(decisionCard(d));
        }
        if (d.decision() != null) {
            Div decision = RequestFacts.decision(this, d.decision());
            var letter = RequestFacts.download(
                    () -> requests.letter(caller, requestId), "besluit.pdf", getTranslation("request.letter.download"));
            letter.setId("request-letter");
            decision.add(letter);
            add(decision);
            add(RequestFacts.objections(this, d.objections()));
            add(objectionCard());
            d.objections().stream().filter(o -> o.outcome() == null).forEach(o -> add(objectionOutcomeCard(o)));
        }
    }

    private Div decisionCard(RequestDetail d) {
        Select<Outcome> outcome = new Select<>();
        outcome.setLabel(getTranslation("request.field.outcome"));
        outcome.setId("decision-outcome");
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("request.outcome." + o));
        Select<FundingCategory> category = new Select<>();
        category.setLabel(getTranslation("request.field.category"));
        category.setId("decision-category");
        category.setItems(FundingCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("request.category." + c));
        category.setValue(d.fundingCategory());
        category.setVisible(d.type().hasFundingCategory());
        DatePicker starts = DatePickers.of(this, "request.field.startsOn", "decision-starts");
        DatePicker ends = DatePickers.of(this, "request.field.endsOn", "decision-ends");
        BigDecimalField budget = new BigDecimalField(getTranslation("request.field.budget"));
        budget.setId("decision-budget");
        BigDecimalField hours = new BigDecimalField(getTranslation("request.field.hours"));
        hours.setId("decision-hours");
        budget.setVisible(d.type().isArrangement());
        hours.setVisible(d.type().isArrangement());
        TextArea reasons = new TextArea(getTranslation("request.field.reasons"));
        reasons.setId("decision-reasons");
        reasons.setMaxLength(8000);
        DatePicker decidedOn = DatePickers.of(this, "request.field.decidedOn", "decision-date");
        decidedOn.setValue(LocalDate.now(clock));
        changes.watch(outcome, category, starts, ends, budget, hours, reasons, decidedOn);
        FormLayout form = new FormLayout(outcome, category, starts, ends, budget, hours, reasons, decidedOn);
        form.setColspan(reasons, 2);
        Map<String, HasValidation> fields = Map.of(
                "outcome", outcome,
                "fundingCategory", category,
                "startsOn", starts,
                "endsOn", ends,
                "budgetAmount", budget,
                "hours", hours,
                "reasons", reasons,
                "decidedOn", decidedOn);
        SaveButton decide = new SaveButton(getTranslation("request.decide"), () -> {
            try {
                show(requests.decide(
                        caller,
                        requestId,
                        version,
                        new DecisionInput(
                                outcome.getValue(),
                                category.getValue(),
                                starts.getValue(),
                                ends.getValue(),
                                budget.getValue(),
                                hours.getValue(),
                                reasons.getValue(),
                                decidedOn.getValue())));
                Notices.success(getTranslation("request.decided"));
            } catch (InvalidInput e) {
                InputErrors.show(this, e, fields);
            }
        });
        decide.setId("decision-save");
        Div card = new Div(new H2(getTranslation("request.section.decide")), form, decide);
        card.addClassName("card");
        card.setId("request-decide");
        return card;
    }

    private Div objectionCard() {
        DatePicker received = DatePickers.of(this, "request.field.receivedOn", "objection-received");
        received.setValue(LocalDate.now(clock));
        TextField by = new TextField(getTranslation("request.field.lodgedBy"));
        by.setId("objection-by");
        by.setMaxLength(200);
        TextArea grounds = new TextArea(getTranslation("request.field.grounds"));
        grounds.setId("objection-grounds");
        grounds.setMaxLength(8000);
        Map<String, HasValidation> fields = Map.of("receivedOn", received, "lodgedBy", by, "grounds", grounds);
        changes.watch(received, by, grounds);
        SaveButton save = new SaveButton(getTranslation("request.objection.register"), () -> {
            try {
                Objection o = requests.registerObjection(
                        caller, requestId, new ObjectionInput(received.getValue(), by.getValue(), grounds.getValue()));
                Notices.success(getTranslation("request.objection.registered", RequestFacts.date(o.deadlineOn())));
                show(requests.get(caller, requestId));
            } catch (InvalidInput e) {
                InputErrors.show(this, e, fields);
            }
        });
        save.setId("objection-save");
        FormLayout form = new FormLayout(received, by, grounds);
        form.setColspan(grounds, 2);
        Div card = new Div(new H2(getTranslation("request.objection.new")), form, save);
        card.addClassName("card");
        return card;
    }

    private Div objectionOutcomeCard(Objection o) {
        Select<ObjectionOutcome> outcome = new Select<>();
        outcome.setLabel(getTranslation("request.field.objectionOutcome"));
        outcome.setItems(ObjectionOutcome.values());
        outcome.setItemLabelGenerator(x -> getTranslation("request.objection." + x));
        TextArea reasons = new TextArea(getTranslation("request.field.reasons"));
        reasons.setMaxLength(8000);
        DatePicker on = DatePickers.of(this, "request.field.decidedOn");
        on.setValue(LocalDate.now(clock));
        Map<String, HasValidation> fields = Map.of("outcome", outcome, "outcomeReasons", reasons, "decidedOn", on);
        changes.watch(outcome, reasons, on);
        UUID objectionId = o.id();
        long objectionVersion = o.version();
        SaveButton save = new SaveButton(getTranslation("request.objection.decide"), () -> {
            try {
                requests.decideObjection(
                        caller, objectionId, objectionVersion, outcome.getValue(), reasons.getValue(), on.getValue());
                Notices.success(getTranslation("request.objection.decided"));
                show(requests.get(caller, requestId));
            } catch (InvalidInput e) {
                InputErrors.show(this, e, fields);
            }
        });
        FormLayout form = new FormLayout(outcome, on, reasons);
        form.setColspan(reasons, 2);
        Div card = new Div(
                new H2(getTranslation("request.objection.outcomeOf", RequestFacts.date(o.receivedOn()), o.lodgedBy())),
                form,
                save);
        card.addClassName("card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("request.page.pageTitle"));
    }
}
