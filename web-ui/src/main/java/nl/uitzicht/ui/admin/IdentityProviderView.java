package nl.uitzicht.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.uitzicht.identity.Role;
import nl.uitzicht.identityprovider.DiscoveryCheck;
import nl.uitzicht.identityprovider.IdentityProviderSetup;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.SaveButton;

/** The region's own OIDC provider: configure, test the connection, save only when the test passes. */
@Route(value = "inlogdienst", layout = MainLayout.class)
@Menu(title = "nav.admin.idp", order = 15, icon = "vaadin:key")
@RolesAllowed(Role.REGION_ADMIN_NAME)
class IdentityProviderView extends FreshPage implements HasDynamicTitle {

    private final IdentityProviderSetup setup;
    private TextField issuer;
    private TextField clientId;
    private PasswordField secret;
    private TextField emailClaim;
    private TextField brinClaim;
    private Div outcome;

    IdentityProviderView(IdentityProviderSetup setup) {
        this.setup = setup;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        issuer = new TextField();
        clientId = new TextField();
        secret = new PasswordField();
        emailClaim = new TextField();
        brinClaim = new TextField();
        outcome = new Div();
        addClassName("page");
        issuer.setLabel(getTranslation("admin.idp.issuer"));
        issuer.setHelperText(getTranslation("admin.idp.issuer.helper"));
        issuer.setId("idp-issuer");
        clientId.setLabel(getTranslation("admin.idp.clientId"));
        clientId.setId("idp-client");
        secret.setLabel(getTranslation("admin.idp.secret"));
        secret.setHelperText(getTranslation("admin.idp.secret.helper"));
        secret.setId("idp-secret");
        emailClaim.setLabel(getTranslation("admin.idp.emailClaim"));
        emailClaim.setValue("email");
        emailClaim.setId("idp-email-claim");
        brinClaim.setLabel(getTranslation("admin.idp.brinClaim"));
        brinClaim.setHelperText(getTranslation("admin.idp.brinClaim.helper"));
        brinClaim.setId("idp-brin-claim");
        setup.current().ifPresent(c -> {
            issuer.setValue(c.issuerUri());
            clientId.setValue(c.clientId());
            emailClaim.setValue(c.emailClaim());
            brinClaim.setValue(c.brinClaim() == null ? "" : c.brinClaim());
        });
        FormLayout form = new FormLayout(issuer, clientId, secret, emailClaim, brinClaim);
        form.setColspan(issuer, 2);
        Button test = new Button(
                getTranslation("admin.idp.test"),
                e -> show(setup.test(issuer.getValue(), emailClaim.getValue()), false));
        test.setId("idp-test");
        Button save = new SaveButton(
                getTranslation("admin.idp.save"),
                () -> show(
                        setup.save(
                                issuer.getValue(),
                                clientId.getValue(),
                                secret.getValue(),
                                emailClaim.getValue(),
                                brinClaim.getValue()),
                        true));
        save.setId("idp-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        outcome.setId("idp-outcome");
        Div card = new Div(form, new HorizontalLayout(test, save), outcome);
        card.addClassNames("card", "admin-card");
        add(new H1(getTranslation("admin.idp.title")), new Paragraph(getTranslation("admin.idp.intro")), card);
    }

    private void show(DiscoveryCheck check, boolean saving) {
        outcome.removeAll();
        outcome.setClassName(check.ok() ? "idp-ok" : "duo-error");
        if (!check.ok()) {
            outcome.add(new Paragraph(
                    getTranslation(check.problemKey(), check.params().toArray())));
            return;
        }
        outcome.add(new Paragraph(getTranslation("admin.idp.ok", check.authorizationEndpoint())));
        if (!check.claimsSupported().isEmpty()) {
            outcome.add(new Paragraph(getTranslation("admin.idp.claims", String.join(", ", check.claimsSupported()))));
        }
        check.warnings().forEach(w -> outcome.add(new Paragraph(getTranslation(w))));
        if (saving) {
            secret.clear();
            Notices.success(getTranslation("admin.idp.saved"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("admin.idp.title"));
    }
}
