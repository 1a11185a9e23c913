package nl.uitzicht.ui.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import nl.uitzicht.AppTest;
import nl.uitzicht.achterban.AchterbanOverview;
import nl.uitzicht.achterban.AchterbanProgress;
import nl.uitzicht.security.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The trainer views without a browser, on the demo data: validation at the field, and who sees what. */
@AppTest
@Tag("browserless")
class TrainerViewsBrowserlessTest extends SpringBrowserlessTest {

    /** A private note of Tamara's (demo data): only Tamara may ever see it. */
    static final String TAMARAS_NOTE = "Directeur wil het OPP-format in het team bespreken.";

    @Autowired
    TestSignIn signIn;

    @Autowired
    AchterbanOverview overview;

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
    }

    /** Signs in on the test thread and in the mocked Vaadin session, where method security looks for it. */
    private void signInAs(String email) {
        signIn.as(email);
        org.springframework.security.core.context.SecurityContext context =
                org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication());
        com.vaadin.flow.server.VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        org.springframework.security.web.context.HttpSessionSecurityContextRepository
                                .SPRING_SECURITY_CONTEXT_KEY,
                        context);
    }

    private String pageText() {
        return find(Component.class).all().stream()
                .map(c -> c.getElement().getText() + " " + c.getElement().getProperty("value", ""))
                .reduce("", String::concat);
    }

    @Test
    void anEmptyNameIsRefusedAtTheField() {
        signInAs("trainer2@waterlinie.demo");
        navigate(AchterbanView.class);
        test(find(Button.class).id("stakeholder-add")).click();
        test(find(Button.class).id("stakeholder-save")).click();
        TextField name = find(TextField.class).id("stakeholder-name");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Vul dit veld in.");

        test(name).setValue("Intern begeleider De Brug");
        test(find(Button.class).id("stakeholder-save")).click();
        assertThat(pageText()).contains("Intern begeleider De Brug");
    }

    @Test
    void aBuddySeesProgressButNotThePrivateNotes() {
        signInAs("trainer2@waterlinie.demo");
        navigate(BuddyView.class);
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("Mijn buddy: Tamara Trainer");
        String text = find(Div.class).id("buddy-progress").getElement().getTextRecursively();
        assertThat(text).contains("Stakeholders: 5", "Basisschool De Regenboog");
        assertThat(pageText()).doesNotContain(TAMARAS_NOTE);
    }

    @Test
    void theRegionAdminSeesCountsNotNotes() {
        signInAs("beheer@waterlinie.demo");
        navigate(RegionTrainersView.class);
        String totals = find(Div.class).id("trainer-totals").getElement().getTextRecursively();
        // the demo region's trainers and stakeholders, plus whatever other tests in the shared context
        // added to the region since: the view shows the region's totals of this moment
        AchterbanProgress now = overview.regionTotals();
        assertThat(now.trainers()).as("the demo's two trainers at least").isGreaterThanOrEqualTo(2);
        assertThat(now.stakeholders())
                .as("the demo's eight stakeholders at least")
                .isGreaterThanOrEqualTo(8);
        assertThat(totals).contains("Trainers aan de slag: " + now.trainers(), "Stakeholders: " + now.stakeholders());
        assertThat(find(Div.class).id("feedback-loop").getElement().getTextRecursively())
                .contains("Graag voorbeeld-OPP's uit het SBO in de volgende bijeenkomst.")
                .doesNotContain("Tom Trainer")
                .doesNotContain("Tamara");
        assertThat(pageText()).doesNotContain(TAMARAS_NOTE).doesNotContain("Basisschool De Regenboog");
    }
}
