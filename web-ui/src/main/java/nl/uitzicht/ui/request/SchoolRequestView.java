package nl.uitzicht.ui.request;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.identity.Role;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.request.RequestDetail;
import nl.uitzicht.request.RequestStatus;
import nl.uitzicht.request.SchoolRequests;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.SizeLimitedUpload;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.ui.opp.StaffScopes;
import nl.uitzicht.validation.InvalidInput;

/**
 * One request of the school: while a draft, its form, attachments and "indienen"; afterwards what was sent, the status
 * and due date, and once decided the decision and its letter. Keeps only the request's id and version.
 */
@Route(value = "aanvragen/:requestId", layout = MainLayout.class)
@RolesAllowed(Role.SCHOOL_STAFF_NAME)
class SchoolRequestView extends FreshPage implements HasDynamicTitle {

    static final String ID = "requestId";
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final SchoolRequests requests;
    private final StaffScopes scopes;
    private StaffScope scope;
    private UUID requestId = new UUID(0, 0);
    private long version;

    SchoolRequestView(SchoolRequests requests, StaffScopes scopes) {
        this.requests = requests;
        this.scopes = scopes;
        addClassNames("page", "request-page");
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        scope = scopes.current();
        RequestDetail detail;
        try {
            requestId = UUID.fromString(event.getRouteParameters().get(ID).orElse(""));
            detail = requests.get(scope, requestId);
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
        if (d.status() == RequestStatus.DRAFT) {
            add(draftCard(d));
        } else {
            add(RequestFacts.request(this, d));
        }
        add(RequestFacts.attachments(this, d.attachments(), id -> requests.attachment(scope, requestId, id)));
        if (d.status() == RequestStatus.DRAFT || d.status().open()) {
            add(uploadCard());
        }
        if (d.decision() != null) {
            Div decision = RequestFacts.decision(this, d.decision());
            var letter = RequestFacts.download(
                    () -> requests.letter(scope, requestId), "besluit.pdf", getTranslation("request.letter.download"));
            letter.setId("request-letter");
            decision.add(letter);
            add(decision);
        }
        if (!d.objections().isEmpty()) {
            add(RequestFacts.objections(this, d.objections()));
        }
        if (d.status().open()) {
            Button withdraw = new Button(getTranslation("request.withdraw"), e -> {
                try {
                    show(requests.withdraw(scope, requestId, version));
                    Notices.success(getTranslation("request.withdrawn"));
                } catch (InvalidInput ex) {
                    InputErrors.notify(this, ex);
                }
            });
            withdraw.setId("request-withdraw");
            add(new HorizontalLayout(withdraw));
        }
    }

    private Div draftCard(RequestDetail d) {
        List<nl.uitzicht.request.RequestSummary> earlier = requests
                .ofPupil(scope, d.summary().pupilId())
                .stream()
                .filter(r -> r.type().isTlv() && r.status() == RequestStatus.DECIDED)
                .toList();
        RequestForm form = new RequestForm(earlier, requests.parentsViewFromPortal(scope, d.oppId()));
        form.fill(d);
        SaveButton save = new SaveButton(getTranslation("request.draft.save"), () -> {
            try {
                show(requests.update(scope, requestId, version, form.draft()));
                Notices.success(getTranslation("request.draft.saved"));
            } catch (InvalidInput e) {
                InputErrors.show(this, e, form.fields());
            }
        });
        save.setId("request-save");
        SaveButton submit = new SaveButton(getTranslation("request.submit"), () -> {
            try {
                RequestDetail saved = requests.update(scope, requestId, version, form.draft());
                form.changes.saved(); // kept as the request's draft, even if submitting is refused
                RequestDetail sent = requests.submit(scope, requestId, saved.version());
                show(sent);
                Notices.success(getTranslation(
                        "request.submitted", RequestFacts.date(sent.summary().dueOn())));
            } catch (InvalidInput e) {
                InputErrors.show(this, e, form.fields());
            }
        });
        submit.setId("request-submit");
        Div card = new Div(new H2(getTranslation("request.section.request")), form, new HorizontalLayout(save, submit));
        card.addClassName("card");
        card.setId("request-draft");
        return card;
    }

    private Div uploadCard() {
        Upload upload = new Upload();
        upload.setUploadHandler(new SizeLimitedUpload(
                MAX_BYTES,
                getTranslation("request.validation.tooLarge"),
                (metadata, data) -> {
                    try {
                        requests.attach(scope, requestId, metadata.fileName(), data);
                        Notices.success(getTranslation("request.attachments.added", metadata.fileName()));
                        show(requests.get(scope, requestId));
                    } catch (InvalidInput e) {
                        InputErrors.notify(this, e);
                    }
                },
                name -> Notices.error(getTranslation("request.validation.tooLarge"))));
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setId("request-upload");
        Div card = new Div(new H2(getTranslation("request.attachments.add")), upload);
        card.addClassName("card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("request.page.pageTitle"));
    }
}
