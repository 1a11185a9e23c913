package nl.uitzicht.ui.parent;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.identity.Role;
import nl.uitzicht.invitation.ParentInvitations;
import nl.uitzicht.invitation.ParentInvitations.IssuedParentInvitation;
import nl.uitzicht.parent.OwnPlanAccess;
import nl.uitzicht.parent.OwnPlanStatus;
import nl.uitzicht.parent.ParentAccess;
import nl.uitzicht.parent.ParentLinkStatus;
import nl.uitzicht.parent.ParentLinks;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.admin.BaseUrls;
import nl.uitzicht.ui.kit.Confirm;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.PageText;
import nl.uitzicht.ui.opp.StaffScopes;
import nl.uitzicht.validation.InvalidInput;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * School staff: the parents of one pupil with access to the portal. Invite a parent or guardian (at most
 * two), see who activated, and take access away (e.g. after a court order): it ends at once.
 */
@Route(value = "leerlingen/:pupilId/ouders", layout = MainLayout.class)
@RolesAllowed(Role.SCHOOL_STAFF_NAME)
class PupilParentsView extends FreshPage implements HasDynamicTitle {

    static final String PUPIL = "pupilId";

    private final ParentLinks links;
    private final ParentInvitations invitations;
    private final PupilRegister pupils;
    private final StaffScopes scopes;
    private StaffScope scope;
    private final Div list = new Div();
    private final Div issued = new Div();
    private final Div ownPlan = new Div();
    private final OwnPlanAccess ownPlans;
    private UUID pupilId = new UUID(0, 0);
    private String title = "";

    PupilParentsView(
            ParentLinks links,
            ParentInvitations invitations,
            PupilRegister pupils,
            OwnPlanAccess ownPlans,
            StaffScopes scopes) {
        this.links = links;
        this.ownPlans = ownPlans;
        this.invitations = invitations;
        this.pupils = pupils;
        this.scopes = scopes;
        addClassNames("page", "parent-staff-page");
        list.setId("parent-list");
        issued.setId("parent-invite-link");
        ownPlan.setId("own-plan");
        ownPlan.addClassNames("card", "parent-invite");
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        // the signed-in staff member's own schools; the services hold the scope against the session again
        scope = scopes.current();
        issued.removeAll();
        PupilSummary pupil;
        try {
            pupilId = UUID.fromString(event.getRouteParameters().get(PUPIL).orElse(""));
            pupil = pupils.get(scope, pupilId);
        } catch (OutOfScopeException | IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        title = getTranslation("parent.staff.title", pupil.name());
        add(new H1(title), new Paragraph(getTranslation("parent.staff.intro")), list, inviteForm(), issued, ownPlan);
        refresh();
        showOwnPlan(pupil.name());
    }

    /** Whether the pupil may look at their own plan on a parent's account ("mijn plan", ADR 0087). */
    private void showOwnPlan(String pupilName) {
        ownPlan.removeAll();
        OwnPlanStatus status = ownPlans.status(scope, pupilId);
        Paragraph state = new Paragraph(
                status.open()
                        ? getTranslation(
                                "ownplan.staff.open",
                                pupilName,
                                status.changedByName(),
                                Dates.of(this, status.changedAt()))
                        : getTranslation("ownplan.staff.closed", pupilName));
        state.setId("own-plan-status");
        Button toggle = new Button(
                getTranslation(status.open() ? "ownplan.staff.close" : "ownplan.staff.letIn", pupilName), e -> {
                    try {
                        ownPlans.set(scope, pupilId, !status.open(), status.version());
                        Notices.success(
                                getTranslation(status.open() ? "ownplan.staff.closedNow" : "ownplan.staff.openNow"));
                    } catch (OptimisticLockingFailureException conflict) {
                        Notices.error(getTranslation("parent.staff.conflict"));
                    }
                    showOwnPlan(pupilName);
                });
        toggle.setId("own-plan-toggle");
        toggle.addThemeVariants(status.open() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        ownPlan.add(
                new H2(getTranslation("ownplan.staff.title")),
                new Paragraph(getTranslation("ownplan.staff.intro")),
                state,
                toggle);
    }

    private void refresh() {
        list.removeAll();
        List<ParentAccess> parents = links.ofPupil(scope, pupilId);
        if (parents.isEmpty()) {
            list.add(PageText.muted(getTranslation("parent.staff.none")));
        }
        for (ParentAccess parent : parents) {
            Div row = new Div();
            row.addClassNames("card", "parent-access");
            row.setId("parent-access-" + parent.id());
            Span status = new Span(getTranslation("parent.staff.status." + parent.status()));
            status.addClassName("parent-status");
            row.add(new H2(parent.displayName()), new Paragraph(parent.email()), status);
            if (parent.status() != ParentLinkStatus.REVOKED) {
                Button revoke = new Button(getTranslation("parent.staff.revoke"), e -> confirmRevoke(parent));
                revoke.setId("parent-revoke-" + parent.id());
                revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                row.add(revoke);
            }
            list.add(row);
        }
    }

    private void confirmRevoke(ParentAccess parent) {
        Confirm.destructive(
                        getTranslation("parent.staff.revoke.title"),
                        getTranslation("parent.staff.revoke.text", parent.displayName()),
                        getTranslation("parent.staff.revoke"),
                        getTranslation("parent.staff.cancel"),
                        () -> {
                            try {
                                links.revoke(scope, parent.id(), parent.version());
                                Notices.success(getTranslation("parent.staff.revoked", parent.displayName()));
                            } catch (OptimisticLockingFailureException e) {
                                Notices.error(getTranslation("parent.staff.conflict"));
                            }
                            refresh();
                        })
                .open();
    }

    private Div inviteForm() {
        TextField name = new TextField(getTranslation("parent.staff.invite.name"));
        name.setId("parent-invite-name");
        name.setMaxLength(100);
        EmailField email = new EmailField(getTranslation("parent.staff.invite.email"));
        email.setId("parent-invite-email");
        email.setMaxLength(200);
        Button invite = new Button(getTranslation("parent.staff.invite.submit"), e -> {
            InputErrors.clear(Map.of("name", name, "email", email));
            try {
                IssuedParentInvitation result =
                        invitations.invite(scope, pupilId, email.getValue(), name.getValue(), BaseUrls.current());
                name.clear();
                email.clear();
                showIssued(result);
                refresh();
            } catch (InvalidInput problem) {
                InputErrors.show(this, problem, Map.of("name", name, "email", email));
            }
        });
        invite.setId("parent-invite-submit");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(new H2(getTranslation("parent.staff.invite.title")), name, email, invite);
        form.addClassNames("card", "parent-invite");
        return form;
    }

    private void showIssued(IssuedParentInvitation result) {
        issued.removeAll();
        if (result.link() != null) {
            Paragraph link = new Paragraph(result.link());
            link.setId("parent-invite-url");
            link.addClassName("invitation-link");
            issued.add(new Paragraph(getTranslation("parent.staff.invite.noMail")), link);
        } else {
            issued.add(new Paragraph(
                    getTranslation(result.mailed() ? "parent.staff.invite.mailed" : "parent.staff.invite.failed")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", title);
    }
}
