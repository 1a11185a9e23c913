package nl.uitzicht.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import nl.uitzicht.identity.MailCodes.Outcome;
import nl.uitzicht.identity.MailCodes.Sending;
import nl.uitzicht.identity.SecondFactors.CodeCheck;
import nl.uitzicht.security.SecondStep;

/**
 * The login's second step: the code from the authenticator app, or the code mailed to a parent who chose
 * codes by e-mail (with a button for a new one), after the password. Open to
 * anyone, but without a login parked in this session it sends the visitor to the login page.
 */
@Route(SecondStep.PATH)
@AnonymousAllowed
class SecondFactorLoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SecondStep secondStep;
    private final TextField code = new TextField();
    private final Div message = new Div();
    private final Paragraph intro = new Paragraph();
    private final Button resend = new Button();
    private final H1 title = new H1();
    private boolean byMail;

    SecondFactorLoginView(SecondStep secondStep) {
        this.secondStep = secondStep;
        addClassName("login-page");
        setSizeFull();
        Div card = new Div();
        card.addClassName("card");
        title.setText(getTranslation("secondfactor.login.title"));
        title.addClassName("app-title");
        code.setLabel(getTranslation("secondfactor.code"));
        code.setId("second-factor-code");
        code.setAllowedCharPattern("[0-9 ]");
        code.setMaxLength(7);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        code.setAutofocus(true);
        message.setId("second-factor-message");
        message.addClassName("login-message");
        message.setVisible(false);
        Button submit = new Button(getTranslation("secondfactor.login.submit"), e -> submit());
        submit.setId("second-factor-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        Button cancel = new Button(getTranslation("secondfactor.login.cancel"), e -> {
            secondStep.cancel();
            e.getSource().getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        });
        cancel.setId("second-factor-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        intro.setId("second-factor-intro");
        intro.setText(getTranslation("secondfactor.login.intro"));
        resend.setText(getTranslation("mailcode.login.resend"));
        resend.setId("second-factor-resend");
        resend.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        resend.setVisible(false);
        resend.addClickListener(e -> resend());
        card.add(new LanguageSelect(), title, intro, message, code, new Div(submit, resend, cancel));
        add(card);
    }

    private void submit() {
        Optional<CodeCheck> check = secondStep.complete(code.getValue());
        code.clear();
        if (check.isEmpty()) {
            show(getTranslation("secondfactor.login.expired"));
        } else if (check.get().accepted()) {
            getUI().ifPresent(ui -> ui.getPage().setLocation("./"));
        } else if (check.get().newCodeNeeded()) {
            show(getTranslation("mailcode.login.newCodeNeeded"));
        } else if (check.get().throttled()) {
            show(getTranslation("secondfactor.throttled", check.get().retryAfterSeconds()));
        } else {
            show(getTranslation(byMail ? "mailcode.login.wrong" : "secondfactor.login.wrong"));
        }
    }

    private void resend() {
        Optional<Sending> sending = secondStep.resend();
        if (sending.isEmpty()) {
            show(getTranslation("secondfactor.login.expired"));
            return;
        }
        Outcome outcome = sending.get().outcome();
        show(
                switch (outcome) {
                    case MAILED -> getTranslation("mailcode.login.sent");
                    case TOO_SOON ->
                        getTranslation("mailcode.login.tooSoon", sending.get().retryAfterSeconds());
                    case TOO_MANY ->
                        getTranslation(
                                "mailcode.login.tooMany",
                                Math.max(1, (sending.get().retryAfterSeconds() + 59) / 60));
                    case NOT_SENT -> getTranslation("mailcode.login.notSent");
                });
    }

    private void show(String text) {
        message.setText(text);
        message.setVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // a message of an earlier visit does not stay when Vaadin shows this page again (ADR 0100)
        message.setVisible(false);
        if (!secondStep.pending()) {
            event.forwardTo(LoginView.class);
            return;
        }
        byMail = secondStep.byMail();
        title.setText(getTranslation(byMail ? "mailcode.login.title" : "secondfactor.login.title"));
        intro.setText(getTranslation(byMail ? "mailcode.login.intro" : "secondfactor.login.intro"));
        resend.setVisible(byMail);
        if (byMail && secondStep.mailNotSent()) {
            show(getTranslation("mailcode.login.notSent"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("secondfactor.login.title"));
    }
}
