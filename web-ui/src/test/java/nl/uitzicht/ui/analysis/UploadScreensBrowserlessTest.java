package nl.uitzicht.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.AppTest;
import nl.uitzicht.analysis.Analyst;
import nl.uitzicht.analysis.Checklists;
import nl.uitzicht.analysis.OppUploads;
import nl.uitzicht.analysis.ScoringRounds;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.AccountSummary;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.security.TestSignIn;
import nl.uitzicht.testing.UploadFixtures;
import nl.uitzicht.ui.UitzichtI18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The upload of an OPP written elsewhere and its masking check without a browser (issue 18): the organiser of a
 * round uploads a DOCX, sees the masks marked, adds a name, confirms, and the OPP is in the round; a scan without
 * text is refused with the message that says what to do.
 */
@AppTest
@Tag("browserless")
class UploadScreensBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    TestSignIn signIn;

    @Autowired
    ScoringRounds rounds;

    @Autowired
    Checklists checklists;

    @Autowired
    OppUploads uploads;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    Analysts analysts;

    UUID round;

    @BeforeEach
    void roundOfTheOrganiser() {
        UI.getCurrent().setLocale(UitzichtI18n.DUTCH);
        signInAs("trainer2@waterlinie.demo");
        Analyst organiser = analysts.current();
        List<UUID> raters = List.of("beheer@waterlinie.demo", "ib@waterlinie.demo").stream()
                .map(email ->
                        accounts.findByEmail(email).map(AccountSummary::id).orElseThrow())
                .toList();
        round = rounds.start(
                        organiser,
                        "Uploadronde " + UUID.randomUUID().toString().substring(0, 6),
                        checklists.standard().id(),
                        List.of(),
                        raters,
                        2)
                .id();
    }

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
    }

    private void signInAs(String email) {
        signIn.as(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        com.vaadin.flow.server.VaadinSession.getCurrent()
                .getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }

    @SuppressWarnings("unchecked")
    private UploadSection chooseSchool() {
        navigate(RoundView.class, round.toString());
        UploadSection section = find(UploadSection.class).single();
        Select<SchoolSummary> school = find(Select.class).id("upload-school");
        school.setValue(school.getListDataView().getItems().findFirst().orElseThrow());
        return section;
    }

    private String maskedHtml() {
        return find(Div.class).id("upload-masked").getElement().getProperty("innerHTML");
    }

    @Test
    void theOrganiserUploadsChecksTheMaskingAddsANameAndConfirms() {
        chooseSchool().received(UploadFixtures.docx());

        assertThat(getCurrentView()).isInstanceOf(UploadView.class);
        String html = maskedHtml();
        assertThat(html).contains("<mark class=\"analysis-mask\" data-kind=\"PUPIL\">[LEERLING]</mark>");
        for (String identifier : UploadFixtures.DOCX_IDENTIFIERS) {
            assertThat(html).as(identifier).doesNotContain(identifier);
        }
        assertThat(html).contains("De Linde");
        assertThat(find(Paragraph.class).id("upload-mask-count").getText()).startsWith("DOCX: ");

        find(TextArea.class).id("upload-terms").setValue("De Linde");
        test(find(Button.class).id("upload-remask")).click();
        assertThat(maskedHtml()).doesNotContain("De Linde").contains("data-kind=\"TERM\"");

        test(find(Button.class).id("upload-confirm")).click();
        assertThat(getCurrentView()).isInstanceOf(RoundView.class);
        assertThat(rounds.get(analysts.current(), round).uploadedOppIds()).hasSize(1);
        assertThat(uploads.pending(analysts.current(), round)).isEmpty();
    }

    @Test
    void aScanWithoutTextIsRefusedWithWhatToDoAndNothingWaits() {
        UploadSection section = chooseSchool();
        section.received(UploadFixtures.scannedPdf());

        assertThat(getCurrentView()).isInstanceOf(RoundView.class);
        Paragraph error = find(Paragraph.class).id("upload-error");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).containsIgnoringCase("geen tekst gevonden; upload een PDF met tekst of een DOCX");
        assertThat(uploads.pending(analysts.current(), round)).isEmpty();
    }

    @Test
    void anUnconfirmedUploadWaitsForItsUploaderOnTheRoundPage() {
        chooseSchool().received(UploadFixtures.pdf());
        navigate(RoundView.class, round.toString());

        assertThat(find(UploadSection.class).single().getElement().getTextRecursively())
                .contains("Wacht op jouw bevestiging", "PDF");
        assertThat(rounds.get(analysts.current(), round).oppIds()).isEmpty();
    }
}
