package nl.uitzicht.ui.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import nl.uitzicht.AppTest;
import nl.uitzicht.security.TestSignIn;
import nl.uitzicht.ui.MainLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * An unknown address and a page the person may not open show a Dutch page in the app's layout: no list of
 * routes, no reason naming annotations or views (what Vaadin's own error views show in development mode,
 * in which these tests run).
 */
@AppTest
@Tag("browserless")
class ErrorViewsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    TestSignIn signIn;

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
    }

    /** Signs in on the test thread and in the mocked Vaadin session, where the navigation access control looks. */
    private void signInAs(String email) {
        signIn.as(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        com.vaadin.flow.server.VaadinSession.getCurrent()
                .getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }

    private String pageText() {
        return UI.getCurrent().getElement().getTextRecursively();
    }

    @Test
    void anUnknownAddressShowsTheDutchNotFoundPageWithoutRoutes() {
        signInAs("beheer@waterlinie.demo");
        NotFoundView view = navigate("bestaat-niet/echt-niet", NotFoundView.class);
        assertThat(find(H1.class).id("error-title").getText()).isEqualTo("Pagina niet gevonden");
        assertThat(find(Paragraph.class).id("error-message").getText()).isEqualTo("Deze pagina bestaat niet.");
        assertThat(view.getParent()).get().isInstanceOf(MainLayout.class);
        assertThat(pageText()).doesNotContain("Available routes", "Could not navigate", "scholen", "bestaat-niet");
    }

    @Test
    void aPageTheRolesDoNotAllowShowsTheDutchAccessDeniedPage() {
        signInAs("ib@waterlinie.demo");
        navigate("scholen/duo-import", AccessDeniedView.class);
        assertThat(find(H1.class).id("error-title").getText()).isEqualTo("Geen toegang");
        assertThat(find(Paragraph.class).id("error-message").getText())
                .isEqualTo("Je hebt geen toegang tot deze pagina.");
        assertThat(pageText()).doesNotContain("Available routes", "annotation", "DuoImportView", "RolesAllowed");
        assertThat(find(Component.class).all())
                .noneMatch(c -> c.getClass().getSimpleName().equals("DuoImportView"));
    }

    @Test
    void aVisitorWhoIsNotSignedInSeesTheNotFoundPageToo() {
        navigate("bestaat-niet", NotFoundView.class);
        assertThat(find(H1.class).id("error-title").getText()).isEqualTo("Pagina niet gevonden");
        assertThat(pageText()).doesNotContain("Available routes");
    }

    @Test
    void inEnglishTheTextsComeFromTheEnglishBundle() {
        signInAs("beheer@waterlinie.demo");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        navigate("bestaat-niet", NotFoundView.class);
        assertThat(find(H1.class).id("error-title").getText()).isEqualTo("Page not found");
    }
}
