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
import nl.uitzicht.identity.SecondFactors.CodeCheck;
import nl.uitzicht.security.SecondStep;

/**
 * The login's second step: the code from the authenticator app, after the password. Open to
 * anyone, but without a login parked in this session it sends the visitor to the login page.
 */
@Route(SecondStep.PATH)
@AnonymousAllowed
class SecondFactorLoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SecondStep secondStep;
    private final TextField code = new TextField();
    private final Div message = new Div();

    SecondFactorLoginView(SecondStep secondStep) {
        this.secondStep = secondStep;
        addClassName("login-page");
        setSizeFull();
        Div card = new Div();
        card.addClassName("card");
        H1 title = new H1(getTranslation("secondfactor.login.title"));
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
        card.add(
                new LanguageSelect(),
                title,
                new Paragraph(getTranslation("secondfactor.login.intro")),
                message,
                code,
                new Div(submit, cancel));
        add(card);
    }

    private void submit() {
        Optional<CodeCheck> check = secondStep.complete(code.getValue());
        code.clear();
        if (check.isEmpty()) {
            show(getTranslation("secondfactor.login.expired"));
        } else if (check.get().accepted()) {
            getUI().ifPresent(ui -> ui.getPage().setLocation("./"));
        } else if (check.get().throttled()) {
            show(getTranslation("secondfactor.throttled", check.get().retryAfterSeconds()));
        } else {
            show(getTranslation("secondfactor.login.wrong"));
        }
    }

    private void show(String text) {
        message.setText(text);
        message.setVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!secondStep.pending()) {
            event.forwardTo(LoginView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("secondfactor.login.title"));
    }
}
