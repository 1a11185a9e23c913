package nl.uitzicht.ui.opp;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import nl.uitzicht.AppTest;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.opp.OppState;
import nl.uitzicht.opp.OppSummary;
import nl.uitzicht.security.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** The OPP editor without a browser, on the demo data (read only): its header and its sections. */
@AppTest
@Tag("browserless")
class OppEditorViewBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    TestSignIn signIn;

    @Autowired
    OppPlans plans;

    @Autowired
    StaffScopes scopes;

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
    }

    /** Signs in on the test thread and in the mocked Vaadin session, where method security looks for it. */
    private void signInAs(String email) {
        signIn.as(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        com.vaadin.flow.server.VaadinSession.getCurrent()
                .getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }

    @Test
    void aDraftShowsItsHeaderWithTheNextStepAndEverySection() {
        signInAs("ib@waterlinie.demo");
        OppSummary draft = plans.list(scopes.current()).stream()
                .filter(o -> o.state() == OppState.DRAFT)
                .findFirst()
                .orElseThrow();
        navigate(OppEditorView.class, draft.id().toString());

        assertThat(find(H1.class).id("opp-title").getText()).contains(draft.pupilName());
        assertThat(find(Span.class).id("opp-state").getText()).isNotBlank();
        assertThat(find(Span.class).id("opp-pages").getText()).isNotBlank();
        assertThat(find(Anchor.class).id("opp-pdf").getElement().getAttribute("download"))
                .isNotNull();
        assertThat(find(Button.class).id("opp-step").getText()).isNotBlank();
        assertThat(find(TabSheet.class).id("opp-tabs").getTabCount()).isEqualTo(10);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDemoEvaluationShowsLottesMeasuredCourseAndPreFillsItsResult() {
        signInAs("ib@waterlinie.demo");
        OppSummary lotte = plans.list(scopes.current()).stream()
                .filter(o -> o.pupilName().startsWith("Lotte") && o.state() == OppState.IN_EVALUATION)
                .findFirst()
                .orElseThrow();
        navigate(OppEditorView.class, lotte.id().toString());
        find(TabSheet.class).id("opp-tabs").setSelectedIndex(6);

        assertThat(find(com.vaadin.flow.component.Html.class)
                        .id("evaluation-course-1")
                        .getInnerHtml())
                .contains("<svg", "<table");
        assertThat(((com.vaadin.flow.component.radiobutton.RadioButtonGroup<nl.uitzicht.opp.GoalResult>)
                                find(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class)
                                        .id("evaluation-result-1"))
                        .getValue())
                .as("the last level reached the target level")
                .isEqualTo(nl.uitzicht.opp.GoalResult.ACHIEVED);
    }
}
