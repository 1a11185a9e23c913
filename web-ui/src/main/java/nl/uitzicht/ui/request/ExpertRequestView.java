package nl.uitzicht.ui.request;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
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
import nl.uitzicht.request.AdviceInput;
import nl.uitzicht.request.Discipline;
import nl.uitzicht.request.ExpertRequests;
import nl.uitzicht.request.Recommendation;
import nl.uitzicht.request.RegionCaller;
import nl.uitzicht.request.RequestDetail;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.DatePickers;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.ui.kit.UnsavedChanges;
import nl.uitzicht.validation.InvalidInput;

/** A request assigned to the expert, and their advice form (once per expert and request). */
@Route(value = "adviezen/:requestId", layout = MainLayout.class)
@RolesAllowed(Role.EXPERT_NAME)
class ExpertRequestView extends FreshPage implements HasDynamicTitle {

    static final String ID = "requestId";

    private final ExpertRequests requests;
    private final RegionCallers callers;
    private RegionCaller caller;
    private final Clock clock;
    private UUID requestId = new UUID(0, 0);
    private final UnsavedChanges changes = new UnsavedChanges(this);

    ExpertRequestView(ExpertRequests requests, RegionCallers callers, Clock clock) {
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
        removeAll();
        add(new H1(getTranslation(
                "request.page.title",
                getTranslation("request.type." + d.type()),
                d.summary().pupilName())));
        add(RequestFacts.request(this, d));
        add(RequestFacts.plan(this, d.oppVersionNo(), () -> requests.plan(caller, requestId)));
        add(RequestFacts.attachments(this, d.attachments(), id -> requests.attachment(caller, requestId, id)));
        if (!d.advice().isEmpty()) {
            add(RequestFacts.advice(this, d.advice()));
        } else if (d.status().open()) {
            add(adviceCard());
        }
    }

    private Div adviceCard() {
        Select<Discipline> discipline = new Select<>();
        discipline.setLabel(getTranslation("request.field.discipline"));
        discipline.setId("advice-discipline");
        discipline.setItems(Discipline.values());
        discipline.setItemLabelGenerator(x -> getTranslation("request.discipline." + x));
        TextField other = new TextField(getTranslation("request.field.disciplineOther"));
        other.setId("advice-discipline-other");
        other.setMaxLength(120);
        TextArea advice = new TextArea(getTranslation("request.field.advice"));
        advice.setId("advice-text");
        advice.setMaxLength(8000);
        Select<Recommendation> recommendation = new Select<>();
        recommendation.setLabel(getTranslation("request.field.recommendation"));
        recommendation.setId("advice-recommendation");
        recommendation.setItems(Recommendation.values());
        recommendation.setItemLabelGenerator(x -> getTranslation("request.recommendation." + x));
        DatePicker givenOn = DatePickers.of(this, "request.field.givenOn", "advice-date");
        givenOn.setValue(LocalDate.now(clock));
        changes.watch(discipline, other, advice, recommendation, givenOn);
        Map<String, HasValidation> fields = Map.of(
                "discipline", discipline,
                "disciplineOther", other,
                "advice", advice,
                "recommendation", recommendation,
                "givenOn", givenOn);
        SaveButton save = new SaveButton(getTranslation("request.advice.save"), () -> {
            try {
                show(requests.advise(
                        caller,
                        requestId,
                        new AdviceInput(
                                discipline.getValue(),
                                other.getValue(),
                                advice.getValue(),
                                recommendation.getValue(),
                                givenOn.getValue())));
                Notices.success(getTranslation("request.advice.saved"));
            } catch (InvalidInput e) {
                InputErrors.show(this, e, fields);
            }
        });
        save.setId("advice-save");
        FormLayout form = new FormLayout(discipline, other, recommendation, givenOn, advice);
        form.setColspan(advice, 2);
        Div card = new Div(new H2(getTranslation("request.section.myAdvice")), form, save);
        card.addClassName("card");
        card.setId("request-advice-form");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("request.page.pageTitle"));
    }
}
