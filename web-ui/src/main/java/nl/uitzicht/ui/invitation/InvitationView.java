package nl.uitzicht.ui.invitation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import nl.uitzicht.invitation.InvitationAcceptance;
import nl.uitzicht.invitation.InvitationException;
import nl.uitzicht.invitation.InvitationLanding;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.validation.InvalidInput;

/**
 * The page an invitation link opens (no login needed): set a password, or log in through the
 * region's own identity provider. A used, expired or revoked link says so in plain words.
 */
@Route("uitnodiging/:token")
@AnonymousAllowed
class InvitationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InvitationAcceptance acceptance;
    private final Div card = new Div();
    private String token = "";

    InvitationView(InvitationAcceptance acceptance) {
        this.acceptance = acceptance;
        addClassName("login-page");
        setSizeFull();
        card.addClassNames("card", "invitation-card");
        card.setId("invitation");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        card.removeAll();
        H1 title = new H1(getTranslation("admin.accept.title"));
        title.addClassName("app-title");
        card.add(title);
        InvitationLanding landing = acceptance.landing(token);
        if (!landing.usable()) {
            Paragraph message = new Paragraph(
                    getTranslation("admin.accept.error." + landing.status().name()));
            message.setId("invitation-unusable");
            message.addClassName("login-message");
            card.add(message, loginButton());
            return;
        }
        card.add(new Paragraph(
                getTranslation("admin.accept.intro", landing.displayName(), landing.regionName(), landing.email())));
        if (landing.existingAccount()) {
            card.add(ownPasswordForm());
        } else {
            card.add(newPasswordForm());
        }
        if (landing.regionHasIdentityProvider()) {
            Button sso = new Button(getTranslation("admin.accept.sso", landing.regionName()), e -> acceptSso());
            sso.setId("accept-sso");
            card.add(new Paragraph(getTranslation("admin.accept.or")), sso);
        }
    }

    /** A new account: the person chooses its password. */
    private Component[] newPasswordForm() {
        PasswordField password = new PasswordField(getTranslation("admin.accept.password"));
        password.setHelperText(getTranslation("admin.accept.password.helper"));
        password.setId("accept-password");
        password.setWidthFull();
        PasswordField repeat = new PasswordField(getTranslation("admin.accept.repeat"));
        repeat.setId("accept-repeat");
        repeat.setWidthFull();
        Button submit = new SaveButton(getTranslation("admin.accept.submit"), () -> accept(password, repeat));
        submit.setId("accept-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Component[] {password, repeat, submit};
    }

    /** An existing account: its owner proves it is theirs; the invitation never changes its password. */
    private Component[] ownPasswordForm() {
        Paragraph explanation = new Paragraph(getTranslation("admin.accept.existing.intro"));
        explanation.setId("accept-existing");
        PasswordField password = new PasswordField(getTranslation("admin.accept.existing.password"));
        password.setId("accept-own-password");
        password.setWidthFull();
        Button submit =
                new SaveButton(getTranslation("admin.accept.existing.submit"), () -> acceptAsExisting(password));
        submit.setId("accept-own-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Component[] {explanation, password, submit};
    }

    private void acceptAsExisting(PasswordField password) {
        password.setInvalid(false);
        try {
            showDone(acceptance.acceptWithOwnPassword(token, password.getValue()), "admin.accept.existing.done");
        } catch (InvalidInput e) {
            InputErrors.show(this, e, Map.of("password", password));
        } catch (InvitationException e) {
            if (refusesTheLink(e)) {
                showUnusable(e.getMessage());
                return;
            }
            password.setErrorMessage(getTranslation(e.getMessage()));
            password.setInvalid(true);
        }
    }

    private static boolean refusesTheLink(InvitationException e) {
        return e.getMessage().startsWith("admin.accept.error.")
                && e.getMessage().matches(".*[A-Z]+$");
    }

    private void showDone(String email, String messageKey) {
        card.removeAll();
        Paragraph done = new Paragraph(getTranslation(messageKey, email));
        done.setId("invitation-done");
        H1 title = new H1(getTranslation("admin.accept.title"));
        title.addClassName("app-title");
        card.add(title, done, loginButton());
    }

    private void showUnusable(String messageKey) {
        card.removeAll();
        Paragraph message = new Paragraph(getTranslation(messageKey));
        message.setId("invitation-unusable");
        card.add(message, loginButton());
    }

    private void accept(PasswordField password, PasswordField repeat) {
        password.setInvalid(false);
        repeat.setInvalid(false);
        try {
            showDone(acceptance.acceptWithPassword(token, password.getValue(), repeat.getValue()), "admin.accept.done");
        } catch (InvalidInput e) {
            InputErrors.show(this, e, Map.of("password", password, "repeat", repeat));
        } catch (InvitationException e) {
            if (refusesTheLink(e)) {
                showUnusable(e.getMessage());
                return;
            }
            password.setErrorMessage(getTranslation(e.getMessage()));
            password.setInvalid(true);
        }
    }

    /**
     * Accepting through the region's provider happens at the login that follows, once the provider
     * has vouched for the invited e-mail address (see {@code nl.uitzicht.security.InvitationLogin}).
     */
    private void acceptSso() {
        getUI().ifPresent(ui -> ui.getPage().setLocation("uitnodiging/" + token + "/inloggen"));
    }

    private Button loginButton() {
        Button login =
                new Button(getTranslation("admin.accept.toLogin"), e -> getUI().ifPresent(ui -> ui.navigate("login")));
        login.setId("invitation-login");
        return login;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("admin.accept.title"));
    }
}
