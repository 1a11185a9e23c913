package nl.uitzicht.ui.parent;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import nl.uitzicht.identity.SecondFactors;
import nl.uitzicht.identity.SecondFactors.Enrolment;
import nl.uitzicht.invitation.InvitationException;
import nl.uitzicht.invitation.ParentActivationLanding;
import nl.uitzicht.invitation.ParentInvitations;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * The page a parent's invitation link opens (no login needed): the parent chooses a password and links an
 * app for login codes (required for parents) or, when a mail server is configured, codes by e-mail (ADR
 * 0088); with an account already, the parent proves it with its own password and code (or, with codes by
 * e-mail, the password only: this link came to the same mailbox). A used, expired or revoked link says so in plain words.
 */
@Route("uitnodiging/ouder/:token")
@AnonymousAllowed
class ParentActivationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ParentInvitations invitations;
    private final SecondFactors secondFactors;
    private final Div card = new Div();
    private String token = "";
    private @Nullable Enrolment enrolment;
    private boolean mailCodesOffered;
    private boolean existingMailCodes;

    /** How the parent gets their login codes. */
    enum CodeWay {
        APP,
        MAIL
    }

    ParentActivationView(ParentInvitations invitations, SecondFactors secondFactors) {
        this.invitations = invitations;
        this.secondFactors = secondFactors;
        addClassNames("login-page", "parent-activation");
        // not the full height: on a phone the form is taller than the screen and must scroll from its top
        setWidthFull();
        card.addClassNames("card", "invitation-card");
        card.setId("parent-activation");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        card.removeAll();
        card.add(title());
        ParentActivationLanding landing = invitations.landing(token);
        if (!landing.usable() || landing.email() == null) {
            showUnusable();
            return;
        }
        card.add(new Paragraph(getTranslation("parent.activate.intro", landing.displayName(), landing.email())));
        mailCodesOffered = landing.mailCodesOffered();
        existingMailCodes = landing.existingMailCodes();
        if (!landing.existingAccount()) {
            enrolment = secondFactors.newEnrolmentFor(landing.email());
            newAccountForm();
        } else {
            enrolment = landing.existingSecondFactor() ? null : secondFactors.newEnrolmentFor(landing.email());
            existingAccountForm();
        }
    }

    private H1 title() {
        H1 title = new H1(getTranslation("parent.activate.title"));
        title.addClassName("app-title");
        return title;
    }

    private void newAccountForm() {
        PasswordField password = new PasswordField(getTranslation("parent.activate.password"));
        password.setHelperText(getTranslation("parent.activate.password.helper"));
        password.setId("parent-password");
        password.setWidthFull();
        password.getElement().setAttribute("autocomplete", "new-password");
        PasswordField repeat = new PasswordField(getTranslation("parent.activate.repeat"));
        repeat.setId("parent-repeat");
        repeat.setWidthFull();
        repeat.getElement().setAttribute("autocomplete", "new-password");
        TextField code = codeField();
        RadioButtonGroup<CodeWay> way = new RadioButtonGroup<>(getTranslation("mailcode.activate.way"));
        way.setId("parent-code-way");
        way.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL); // one choice per line on a phone
        way.setWidthFull();
        way.setItems(CodeWay.APP, CodeWay.MAIL);
        way.setItemLabelGenerator(
                w -> getTranslation(w == CodeWay.APP ? "mailcode.activate.way.app" : "mailcode.activate.way.mail"));
        way.setValue(CodeWay.APP);
        Component appSetup = appSetup();
        Paragraph mailExplained = new Paragraph(getTranslation("mailcode.activate.mail.intro"));
        mailExplained.setId("parent-mail-intro");
        mailExplained.setVisible(false);
        way.addValueChangeListener(e -> {
            boolean byMail = e.getValue() == CodeWay.MAIL;
            appSetup.setVisible(!byMail);
            code.setVisible(!byMail);
            mailExplained.setVisible(byMail);
        });
        Button submit = new Button(getTranslation("parent.activate.submit"), e -> {
            InputErrors.clear(Map.of("password", password, "repeat", repeat, "code", code));
            try {
                showDone(
                        way.getValue() == CodeWay.MAIL
                                ? invitations.activateWithMailCodes(
                                        token, password.getValue(), repeat.getValue(), client())
                                : invitations.activate(
                                        token,
                                        password.getValue(),
                                        repeat.getValue(),
                                        secret(),
                                        code.getValue(),
                                        client()),
                        way.getValue() == CodeWay.MAIL);
            } catch (InvalidInput problem) {
                InputErrors.show(this, problem, Map.of("password", password, "repeat", repeat, "code", code));
            } catch (InvitationException | OutOfScopeException refused) {
                showUnusable();
            }
        });
        submit.setId("parent-activate");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setWidthFull();
        card.add(step(1, "parent.activate.step.password"), password, repeat);
        if (mailCodesOffered) {
            card.add(
                    step(2, "mailcode.activate.step"),
                    new Paragraph(getTranslation("mailcode.activate.way.intro")),
                    way,
                    mailExplained);
        } else {
            card.add(step(2, "parent.activate.step.app"));
        }
        card.add(appSetup, code, submit);
    }

    private void existingAccountForm() {
        Paragraph explanation = new Paragraph(getTranslation("parent.activate.existing.intro"));
        explanation.setId("parent-existing");
        PasswordField password = new PasswordField(getTranslation("parent.activate.existing.password"));
        password.setId("parent-own-password");
        password.setWidthFull();
        password.getElement().setAttribute("autocomplete", "current-password");
        TextField code = codeField();
        Button submit = new Button(getTranslation("parent.activate.existing.submit"), e -> {
            InputErrors.clear(Map.of("password", password, "code", code));
            try {
                showDone(
                        invitations.activateExisting(
                                token,
                                password.getValue(),
                                enrolment == null ? null : enrolment.secret(),
                                code.getValue(),
                                client()),
                        existingMailCodes);
            } catch (InvalidInput problem) {
                InputErrors.show(this, problem, Map.of("password", password, "code", code));
            } catch (InvitationException | OutOfScopeException refused) {
                showUnusable();
            }
        });
        submit.setId("parent-activate");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setWidthFull();
        card.add(explanation, password);
        if (enrolment != null) {
            card.add(new H2(getTranslation("parent.activate.step.app")), appSetup());
        }
        if (!existingMailCodes) {
            card.add(code);
        }
        card.add(submit);
    }

    /** How to link the app: the key as text (grouped by four) and as a link that opens the app on a phone. */
    private Component appSetup() {
        Enrolment current = enrolment;
        Div setup = new Div();
        setup.addClassName("parent-app-setup");
        if (current == null) {
            return setup;
        }
        setup.add(new Paragraph(getTranslation("parent.activate.app.intro")));
        Span key = new Span(current.secret().replaceAll("(.{4})(?!$)", "$1 "));
        key.setId("parent-secret");
        key.addClassName("parent-secret");
        setup.add(new Paragraph(new Span(getTranslation("parent.activate.app.key") + ": "), key));
        Anchor open = new Anchor();
        open.setUnsafeHref(current.otpauthUri()); // made here: scheme otpauth, for authenticator apps
        open.setText(getTranslation("parent.activate.app.open"));
        open.setId("parent-otpauth");
        open.setRouterIgnore(true);
        setup.add(new Paragraph(open));
        return setup;
    }

    private String secret() {
        return enrolment == null ? "" : enrolment.secret();
    }

    private TextField codeField() {
        TextField code = new TextField(getTranslation("parent.activate.code"));
        code.setId("parent-code");
        code.setHelperText(getTranslation("parent.activate.code.helper"));
        code.setAllowedCharPattern("[0-9 ]");
        code.setMaxLength(7);
        code.setWidthFull();
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        return code;
    }

    private H2 step(int number, String key) {
        return new H2(getTranslation("parent.activate.step", number, getTranslation(key)));
    }

    private void showDone(String email, boolean byMail) {
        card.removeAll();
        Paragraph done =
                new Paragraph(getTranslation(byMail ? "mailcode.activate.done" : "parent.activate.done", email));
        done.setId("parent-activated");
        card.add(title(), done, loginButton());
    }

    private void showUnusable() {
        card.removeAll();
        Paragraph message = new Paragraph(getTranslation("parent.activate.unusable"));
        message.setId("parent-activation-unusable");
        message.addClassName("login-message");
        card.add(title(), message, loginButton());
    }

    private Button loginButton() {
        Button login = new Button(
                getTranslation("parent.activate.toLogin"), e -> getUI().ifPresent(ui -> ui.navigate("login")));
        login.setId("parent-to-login");
        return login;
    }

    private static String client() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("parent.activate.title"));
    }
}
