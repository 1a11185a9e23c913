package nl.uitzicht.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import nl.uitzicht.identity.Role;
import nl.uitzicht.identity.SecondFactors;
import nl.uitzicht.identity.SecondFactors.CodeCheck;
import nl.uitzicht.identity.SecondFactors.Enrolment;
import nl.uitzicht.security.CurrentUser;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.SaveButton;

/**
 * Switching the second factor on (a fresh secret as text and as an {@code otpauth://} link,
 * confirmed with the app's first code) and off (with a code), for the signed-in person only.
 */
@Route(value = "tweestapsverificatie", layout = MainLayout.class)
@Menu(title = "nav.secondFactor", order = 95, icon = "vaadin:lock")
@RolesAllowed({Role.OPERATOR_NAME, Role.REGION_ADMIN_NAME})
class SecondFactorView extends FreshPage implements HasDynamicTitle {

    private final SecondFactors secondFactors;
    private UUID account;
    private Div message;

    private final CurrentUser currentUser;

    SecondFactorView(SecondFactors secondFactors, CurrentUser currentUser) {
        this.secondFactors = secondFactors;
        this.currentUser = currentUser;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        message = new Div();
        this.account = currentUser.require().accountId();
        addClassName("page");
        message.setId("second-factor-message");
        showStatus();
    }

    private void showStatus() {
        removeAll();
        add(new H1(getTranslation("secondfactor.title")), message);
        if (secondFactors.isEnabled(account)) {
            Paragraph status = new Paragraph(getTranslation("secondfactor.status.on"));
            status.setId("second-factor-status");
            TextField code = codeField("second-factor-disable-code");
            Button disable = new Button(getTranslation("secondfactor.disable"), e -> disable(code));
            disable.setId("second-factor-disable");
            add(status, new Paragraph(getTranslation("secondfactor.disable.intro")), code, disable);
        } else {
            Paragraph status = new Paragraph(getTranslation("secondfactor.status.off"));
            status.setId("second-factor-status");
            Button start = new Button(getTranslation("secondfactor.start"), e -> showEnrolment());
            start.setId("second-factor-start");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(status, start);
        }
    }

    private void showEnrolment() {
        Enrolment enrolment = secondFactors.newEnrolment(account);
        removeAll();
        Span secret = new Span(grouped(enrolment.secret()));
        secret.setId("second-factor-secret");
        secret.getStyle().set("font-family", "monospace").set("font-size", "1.2em");
        Anchor link = new Anchor();
        link.setUnsafeHref(enrolment.otpauthUri()); // made here: scheme otpauth, for authenticator apps
        link.setText(getTranslation("secondfactor.enrol.uri"));
        link.setId("second-factor-uri");
        link.setRouterIgnore(true);
        TextField code = codeField("second-factor-enable-code");
        Button confirm = new SaveButton(getTranslation("secondfactor.enrol.confirm"), () -> {
            CodeCheck check = secondFactors.enable(account, enrolment.secret(), code.getValue(), client());
            code.clear();
            if (check.accepted()) {
                showStatus();
                say(getTranslation("secondfactor.enabled"));
            } else {
                sayWhy(check);
            }
        });
        confirm.setId("second-factor-enable");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("secondfactor.login.cancel"), e -> showStatus());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(
                new H1(getTranslation("secondfactor.title")),
                message,
                new Paragraph(getTranslation("secondfactor.enrol.intro")),
                new Div(new Span(getTranslation("secondfactor.enrol.secret") + ": "), secret),
                new Div(link),
                code,
                new Div(confirm, cancel));
    }

    private void disable(TextField code) {
        CodeCheck check = secondFactors.disable(account, code.getValue(), client());
        code.clear();
        if (check.accepted()) {
            showStatus();
            say(getTranslation("secondfactor.disabled"));
        } else {
            sayWhy(check);
        }
    }

    private TextField codeField(String id) {
        TextField code = new TextField(getTranslation("secondfactor.code"));
        code.setId(id);
        code.setAllowedCharPattern("[0-9 ]");
        code.setMaxLength(7);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        return code;
    }

    private void sayWhy(CodeCheck check) {
        say(
                check.throttled()
                        ? getTranslation("secondfactor.throttled", check.retryAfterSeconds())
                        : getTranslation("secondfactor.wrong"));
    }

    private void say(String text) {
        message.setText(text);
    }

    /** The secret in groups of four, easier to type over. */
    private static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static String client() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("secondfactor.title"));
    }
}
