package nl.uitzicht.ui.request;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.identity.Role;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.request.RequestDetail;
import nl.uitzicht.request.RequestStatus;
import nl.uitzicht.request.RequestSummary;
import nl.uitzicht.request.SchoolRequests;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.PageText;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.ui.opp.StaffScopes;
import nl.uitzicht.validation.InvalidInput;

/**
 * "Aanvraag bij het samenwerkingsverband" from an OPP: the form of a new request on the pupil's current plan. The
 * service links the plan's version and fills in the basic support from the plan when left empty.
 */
@Route(value = "aanvragen/nieuw/:oppId", layout = MainLayout.class)
@RolesAllowed(Role.SCHOOL_STAFF_NAME)
class StartRequestView extends FreshPage implements HasDynamicTitle {

    static final String OPP = "oppId";

    private final SchoolRequests requests;
    private final OppPlans plans;
    private final StaffScopes scopes;
    private StaffScope scope;

    StartRequestView(SchoolRequests requests, OppPlans plans, StaffScopes scopes) {
        this.requests = requests;
        this.plans = plans;
        this.scopes = scopes;
        addClassNames("page", "request-page");
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        scope = scopes.current();
        UUID oppId;
        OppPlan plan;
        try {
            oppId = UUID.fromString(event.getRouteParameters().get(OPP).orElse(""));
            plan = plans.open(scope, oppId);
        } catch (OutOfScopeException | IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(new H1(getTranslation("request.start.title", plan.pupil().name())));
        add(PageText.muted(getTranslation("request.start.intro", plan.content().versionNo())));
        List<RequestSummary> earlier = requests.ofPupil(scope, plan.pupil().id()).stream()
                .filter(r -> r.type().isTlv() && r.status() == RequestStatus.DECIDED)
                .toList();
        RequestForm form = new RequestForm(earlier, requests.parentsViewFromPortal(scope, oppId));
        SaveButton save = new SaveButton(getTranslation("request.start.save"), () -> {
            try {
                RequestDetail created = requests.start(scope, oppId, form.draft());
                form.changes.saved();
                Notices.success(getTranslation("request.start.saved"));
                getUI().ifPresent(ui -> ui.navigate(
                        SchoolRequestView.class,
                        new RouteParameters(SchoolRequestView.ID, created.id().toString())));
            } catch (InvalidInput e) {
                InputErrors.show(this, e, form.fields());
            }
        });
        save.setId("request-start-save");
        Div card = new Div(form, save);
        card.addClassName("card");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("request.start.pageTitle"));
    }
}
