package nl.uitzicht.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import nl.uitzicht.failure.Failures;
import nl.uitzicht.identity.IdentityProviderSettings;
import nl.uitzicht.identity.LoginThrottledException;
import nl.uitzicht.identity.OidcSettings;
import nl.uitzicht.security.CurrentUser;
import nl.uitzicht.security.SecondStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

/**
 * Log in with e-mail and password, or through the region's own identity provider. A failed
 * password login says the same whether or not the account exists; after repeated failures from
 * this browser's address it says when to try again. A deactivated account is named only to
 * someone who typed its right password.
 */
@Route("login")
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(LoginView.class);

    private final LoginForm form = new LoginForm();
    private final Div message = new Div();
    private final SecondStep secondStep;

    LoginView(IdentityProviderSettings providers, SecondStep secondStep) {
        this.secondStep = secondStep;
        addClassName("login-page");
        setSizeFull();
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        message.setId("login-message");
        message.addClassName("login-message");
        message.setVisible(false);

        Div card = new Div();
        card.addClassName("card");
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("app-title");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("muted");
        card.add(new LanguageSelect(), title, tagline, message, form, new Paragraph(getTranslation("login.forgot")));
        List<OidcSettings> regions = regionsWithTheirOwnLogin(providers);
        if (!regions.isEmpty()) {
            card.add(new H2(getTranslation("login.sso.title")), new Paragraph(getTranslation("login.sso.hint")));
            for (OidcSettings region : regions) {
                Anchor link = new Anchor(
                        "oauth2/authorization/" + region.regionCode(),
                        getTranslation("login.sso.button", region.regionName()));
                link.setRouterIgnore(true);
                link.setId("sso-" + region.regionCode());
                card.add(new Div(link));
            }
        }
        add(card);
    }

    /** The regions with their own identity provider; none, and a word why, while the database is away. */
    private List<OidcSettings> regionsWithTheirOwnLogin(IdentityProviderSettings providers) {
        try {
            return providers.all();
        } catch (RuntimeException e) {
            if (!Failures.isOutage(e)) {
                throw e;
            }
            unavailable(e);
            return List.of();
        }
    }

    private void unavailable(Throwable failure) {
        String errorId = Failures.newErrorId();
        log.warn("Sign-in not possible: database unavailable, error id {}", errorId, failure);
        show(getTranslation("login.unavailable", errorId));
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.form.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // a message of an earlier visit does not stay when Vaadin shows this page again (ADR 0100)
        message.setVisible(false);
        if (secondStep.pending()) {
            event.forwardTo(SecondFactorLoginView.class);
            return;
        }
        Map<String, List<String>> params =
                event.getLocation().getQueryParameters().getParameters();
        Object endedBecause = VaadinSession.getCurrent().getSession().getAttribute(CurrentUser.SIGNED_OUT_BECAUSE);
        VaadinSession.getCurrent().getSession().removeAttribute(CurrentUser.SIGNED_OUT_BECAUSE);
        if (params.containsKey("revoked") || "revoked".equals(endedBecause)) {
            show(getTranslation("login.revoked"));
        } else if (params.containsKey("suspended") || "suspended".equals(endedBecause)) {
            show(getTranslation("admin.login.suspended"));
        } else if (params.containsKey("unknown") || "unknown".equals(endedBecause)) {
            show(getTranslation("login.unknown"));
        } else if (params.containsKey("notlinked")) {
            show(getTranslation("login.oidc.notLinked"));
        } else if (params.containsKey("unverified")) {
            show(getTranslation("login.oidc.unverified"));
        } else if (params.containsKey("invitation")) {
            show(getTranslation("login.oidc.invitation"));
        } else if (params.containsKey("passwordaccount")) {
            show(getTranslation("admin.accept.error.passwordAccount"));
        } else if (params.containsKey("error")) {
            Object failure =
                    VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (failure instanceof Throwable t && Failures.isOutage(t)) {
                unavailable(t);
            } else if (failure instanceof LoginThrottledException throttled) {
                show(getTranslation("login.throttled", throttled.retryAfterSeconds()));
            } else if (failure instanceof DisabledException) {
                show(getTranslation("login.disabled"));
            } else {
                form.setError(true);
            }
        }
    }

    private void show(String text) {
        message.setText(text);
        message.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("login.form.title"));
    }
}
