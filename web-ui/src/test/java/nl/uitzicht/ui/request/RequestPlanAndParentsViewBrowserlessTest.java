package nl.uitzicht.ui.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.uitzicht.AppTest;
import nl.uitzicht.request.ExpertRequests;
import nl.uitzicht.request.ParentsViewFromPortal;
import nl.uitzicht.request.ParentsViewSource;
import nl.uitzicht.request.RequestSummary;
import nl.uitzicht.security.TestSignIn;
import nl.uitzicht.ui.UitzichtI18n;
import nl.uitzicht.ui.analysis.OppReadOnly;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Without a browser, on the demo requests (read only): the case manager and the assigned expert open the OPP version
 * the request rests on (read only when opened), and the request form takes the parents' view from the portal when the
 * parents wrote one (read-only, with when) and lets staff record one otherwise.
 */
@AppTest
@Tag("browserless")
class RequestPlanAndParentsViewBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    TestSignIn signIn;

    @Autowired
    ExpertRequests experts;

    @Autowired
    RegionCallers callers;

    @BeforeEach
    void dutch() {
        UI.getCurrent().setLocale(UitzichtI18n.DUTCH);
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

    private void opensThePlan(int versionNo) {
        Details plan = find(Details.class).id("request-plan");
        assertThat(plan.getSummaryText()).contains("versie " + versionNo);
        assertThat(find(OppReadOnly.class).exists())
                .as("read when opened, not before")
                .isFalse();
        plan.setOpened(true);
        assertThat(find(OppReadOnly.class).exists()).isTrue();
    }

    @Test
    void theAssignedExpertAndTheCaseManagerReadThePlanBehindTheRequest() {
        signInAs("orthopedagoog@waterlinie.demo");
        RequestSummary assigned = experts.assigned(callers.current(), 0, 100).getFirst();
        UUID id = assigned.id();
        int versionNo = experts.get(callers.current(), id).oppVersionNo();
        navigate("adviezen/" + id, ExpertRequestView.class);
        opensThePlan(versionNo);
        TestSignIn.signOut();

        signInAs("casemanager@waterlinie.demo");
        navigate("regio/aanvragen/" + id, RegionRequestView.class);
        opensThePlan(versionNo);
    }

    @Test
    void theFormTakesTheParentsViewFromThePortalAndSaysWhen() {
        Instant written = Instant.parse("2026-11-20T09:30:00Z");
        RequestForm form = new RequestForm(
                List.of(),
                Optional.of(
                        new ParentsViewFromPortal("Petra Jansen, 20-11-2026: Wij zien dat Noor vastloopt.", written)));
        assertThat(form.source.getValue()).isEqualTo(ParentsViewSource.PORTAL);
        assertThat(form.parentsView.getValue()).isEqualTo("Petra Jansen, 20-11-2026: Wij zien dat Noor vastloopt.");
        assertThat(form.parentsView.isReadOnly()).as("the parents' own words").isTrue();
        assertThat(form.parentsView.getHelperText()).contains("20-11-2026").contains("ouderportaal");
        assertThat(form.draft().parentsViewSource()).isEqualTo(ParentsViewSource.PORTAL);

        form.source.setValue(ParentsViewSource.STAFF);
        assertThat(form.parentsView.isReadOnly())
                .as("staff may record another view")
                .isFalse();
        form.parentsView.setValue("Na het gesprek: ouders willen eerst een arrangement.");
        assertThat(form.draft().parentsViewSource()).isEqualTo(ParentsViewSource.STAFF);
        assertThat(form.draft().parentsView()).isEqualTo("Na het gesprek: ouders willen eerst een arrangement.");
    }

    @Test
    void withoutAViewInThePortalStaffRecordOne() {
        RequestForm form = new RequestForm(List.of(), Optional.empty());
        assertThat(form.source.getListDataView().getItems()).containsExactly(ParentsViewSource.STAFF);
        assertThat(form.source.getValue()).isEqualTo(ParentsViewSource.STAFF);
        assertThat(form.parentsView.isReadOnly()).isFalse();
        assertThat(form.parentsView.getHelperText()).contains("geen standpunt in het ouderportaal");
    }
}
