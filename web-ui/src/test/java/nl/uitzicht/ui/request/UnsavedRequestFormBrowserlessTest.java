package nl.uitzicht.ui.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.UUID;
import nl.uitzicht.AppTest;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.pupil.PupilInput;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.security.TestSignIn;
import nl.uitzicht.ui.UitzichtI18n;
import nl.uitzicht.ui.kit.UnsavedChanges;
import nl.uitzicht.ui.opp.StaffScopes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The request form keeps what the school typed (issue 22, ADR 0108), on a plan of its own: the values the form sets
 * itself (type, source of the parents' view) are no reason to ask; a typed question makes leaving wait for an answer,
 * staying keeps it and leaving goes on.
 */
@AppTest
@Tag("browserless")
class UnsavedRequestFormBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    TestSignIn signIn;

    @Autowired
    OppPlans plans;

    @Autowired
    PupilRegister pupils;

    @Autowired
    StaffScopes scopes;

    OppPlan plan;

    @BeforeEach
    void aPlanOfItsOwn() {
        UI.getCurrent().setLocale(UitzichtI18n.DUTCH);
        signIn.as("ib@waterlinie.demo");
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        com.vaadin.flow.server.VaadinSession.getCurrent()
                .getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        StaffScope scope = scopes.current();
        UUID school = scope.schoolIds().iterator().next();
        LocalDate enrolled = LocalDate.now().minusWeeks(1);
        UUID pupil = pupils.register(
                        scope, school, new PupilInput("Aanvraag " + UUID.randomUUID(), 2016, "5", enrolled, null))
                .id();
        plan = plans.start(scope, pupil, enrolled);
    }

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
    }

    private void openForm() {
        navigate("aanvragen/nieuw/" + plan.id(), StartRequestView.class);
    }

    private TextArea question() {
        return find(TextArea.class).id("request-question");
    }

    @Test
    void leavingTheFormWithATypedQuestionAsksFirst() {
        openForm();
        UI.getCurrent().navigate("leerlingen");
        assertThat(getCurrentView()).as("nothing typed: no question").isNotInstanceOf(StartRequestView.class);

        openForm();
        test(question()).setValue("Is een plaats in het so passend?");
        UI.getCurrent().navigate("leerlingen");
        assertThat(getCurrentView()).as("leaving waits for an answer").isInstanceOf(StartRequestView.class);
        test(find(ConfirmDialog.class).id(UnsavedChanges.LEAVE_CONFIRM_ID)).cancel();
        assertThat(getCurrentView()).as("stayed").isInstanceOf(StartRequestView.class);
        assertThat(question().getValue()).isEqualTo("Is een plaats in het so passend?");

        UI.getCurrent().navigate("leerlingen");
        test(find(ConfirmDialog.class).id(UnsavedChanges.LEAVE_CONFIRM_ID)).confirm();
        assertThat(getCurrentView()).as("left, as chosen").isNotInstanceOf(StartRequestView.class);
    }
}
