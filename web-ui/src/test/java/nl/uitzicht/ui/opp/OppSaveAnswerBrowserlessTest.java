package nl.uitzicht.ui.opp;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationTester;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.uitzicht.AppTest;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.pupil.PupilInput;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.security.TestSignIn;
import nl.uitzicht.ui.kit.SaveButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * How the OPP editor answers a save (ADR 0072): the save button is disabled on the click, enabled with the
 * answer, and the confirmation names the change number the server returned, the one the header shows.
 * On a plan of its own (a new pupil in the demo region), so the demo plans stay as they are.
 */
@AppTest
@Tag("browserless")
class OppSaveAnswerBrowserlessTest extends SpringBrowserlessTest {

    private static final int PUPIL_VIEW_TAB = 3;

    @Autowired
    TestSignIn signIn;

    @Autowired
    OppPlans plans;

    @Autowired
    PupilRegister pupils;

    @Autowired
    StaffScopes scopes;

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
    }

    private OppPlan newPlan() {
        signIn.as("ib@waterlinie.demo");
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        com.vaadin.flow.server.VaadinSession.getCurrent()
                .getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        StaffScope scope = scopes.current();
        LocalDate enrolled = LocalDate.now().minusWeeks(1);
        PupilSummary pupil = pupils.register(
                scope,
                scope.schoolIds().iterator().next(),
                new PupilInput("Bo", LocalDate.now().getYear() - 9, "6", enrolled, null));
        return plans.start(scope, pupil.id(), enrolled);
    }

    private String lastNotice() {
        List<Notification> shown = find(Notification.class).all().stream()
                .filter(Notification::isOpened)
                .toList();
        return new NotificationTester<>(shown.getLast()).getText();
    }

    @Test
    void aSavedPupilViewIsConfirmedWithTheChangeItCreatedAndTheButtonIsReleased() {
        OppPlan plan = newPlan();
        navigate(OppEditorView.class, plan.id().toString());
        find(TabSheet.class).id("opp-tabs").setSelectedIndex(PUPIL_VIEW_TAB);
        Button save = find(Button.class).id("pupil-view-save");
        assertThat(save).isInstanceOf(SaveButton.class);
        assertThat(save.isDisableOnClick()).isTrue();

        test(find(TextArea.class).id("pupil-view")).setValue("Ik wil rustig kunnen lezen.");
        test(save).click();

        long saved = plans.open(scopes.current(), plan.id()).version();
        assertThat(saved).isGreaterThan(plan.version());
        assertThat(lastNotice()).isEqualTo("Opgeslagen als wijziging " + saved + " van versie 1");
        assertThat(find(Span.class).id("opp-version").getText()).isEqualTo("Versie 1, wijziging " + saved);
        assertThat(find(Button.class).id("pupil-view-save").isEnabled()).isTrue();
    }

    @Test
    void aRefusedSaveReleasesTheButtonForTheNextTry() {
        OppPlan plan = newPlan();
        navigate(OppEditorView.class, plan.id().toString());
        find(TabSheet.class).id("opp-tabs").setSelectedIndex(PUPIL_VIEW_TAB);
        Button save = find(Button.class).id("pupil-view-save");

        test(find(TextArea.class).id("pupil-view")).setValue("");
        test(save).click();

        assertThat(find(TextArea.class).id("pupil-view").isInvalid()).isTrue();
        assertThat(save.isEnabled()).as("still there and clickable again").isTrue();
        assertThat(plans.open(scopes.current(), plan.id()).version()).isEqualTo(plan.version());
    }

    /** The legal checks as the dashboard counts them (ADR 0091), looked at again after the save. */
    @Test
    void theLegalChecksShowWhatIsMissingAndFollowTheSave() {
        OppPlan plan = newPlan();
        navigate(OppEditorView.class, plan.id().toString());
        assertThat(check("PUPIL_VIEW")).isEqualTo("fail");
        assertThat(check("LEGAL_PARTS")).isEqualTo("fail");
        assertThat(check("CONSENT")).as("a draft within its six weeks").isEqualTo("not_due");
        assertThat(check("SET_WITHIN_SIX_WEEKS")).isEqualTo("not_due");
        assertThat(check("MEETS_LEGAL_REQUIREMENTS")).isEqualTo("not_due");
        assertThat(find(Span.class).id("opp-checks-summary").getText())
                .isEqualTo("Wettelijke eisen: 2 nog niet op orde");
        assertThat(line("PUPIL_VIEW").group(2)).contains("Schrijf op wat de leerling zelf vindt en wil");

        find(TabSheet.class).id("opp-tabs").setSelectedIndex(PUPIL_VIEW_TAB);
        test(find(TextArea.class).id("pupil-view")).setValue("Ik wil rustig kunnen lezen.");
        test(find(Button.class).id("pupil-view-save")).click();

        assertThat(check("PUPIL_VIEW")).isEqualTo("pass");
        assertThat(find(Span.class).id("opp-checks-summary").getText())
                .isEqualTo("Wettelijke eisen: 1 nog niet op orde");
    }

    /** The check's outcome as its line's class says: pass, fail or not_due. */
    private String check(String name) {
        return line(name).group(1);
    }

    /** The check's line in the checklist's markup: group 1 the outcome, group 2 the line's text. */
    private Matcher line(String name) {
        String markup = find(Div.class).id("opp-checks-lines").getElement().getProperty("innerHTML");
        assertThat(markup.chars()).as("the lines' markup stays in Latin-1").allMatch(c -> c <= 0xFF);
        Matcher line = Pattern.compile("<li id=\"opp-check-" + name + "\" class=\"opp-check-([a-z_]+)\">(.*?)</li>")
                .matcher(markup);
        assertThat(line.find()).as("a line for " + name).isTrue();
        return line;
    }
}
