package nl.uitzicht.ui.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.AppTest;
import nl.uitzicht.request.ExpertRequests;
import nl.uitzicht.request.Outcome;
import nl.uitzicht.request.QueueFilter;
import nl.uitzicht.request.RegionRequests;
import nl.uitzicht.request.RequestStatus;
import nl.uitzicht.request.RequestSummary;
import nl.uitzicht.request.RequestType;
import nl.uitzicht.security.TestSignIn;
import nl.uitzicht.ui.UitzichtI18n;
import nl.uitzicht.ui.error.AccessDeniedView;
import nl.uitzicht.ui.error.NotFoundView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The request screens without a browser on the demo requests (read only, nothing is changed): the case manager's
 * queue and request page (a TLV without two experts is refused at the decision's field), the expert's list, the
 * school's list, and the attackers: an expert on a request not assigned to them, staff of another region, a policy
 * officer on the queue.
 */
@AppTest
@Tag("browserless")
class RequestScreensBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    TestSignIn signIn;

    @Autowired
    RegionRequests region;

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

    @SuppressWarnings("unchecked")
    private Grid<RequestSummary> grid(String id) {
        return find(Grid.class).id(id);
    }

    private List<RequestSummary> queue() {
        return region.queue(callers.current(), QueueFilter.ALL, 0, 100);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCaseManagerSeesTheQueueAndATlvWithoutTwoExpertsIsRefusedAtTheDecision() {
        signInAs("casemanager@waterlinie.demo");
        navigate(RegionQueueView.class);
        Grid<RequestSummary> queue = grid("queue-grid");
        assertThat(test(queue).size()).isEqualTo(region.count(callers.current(), QueueFilter.OPEN));
        assertThat(test(queue).size()).isGreaterThanOrEqualTo(2);

        RequestSummary sbo = queue().stream()
                .filter(r -> r.type() == RequestType.TLV_SBO && r.status() == RequestStatus.SUBMITTED)
                .findFirst()
                .orElseThrow();
        navigate("regio/aanvragen/" + sbo.id(), RegionRequestView.class);
        Select<Outcome> outcome = find(Select.class).id("decision-outcome");
        outcome.setValue(Outcome.REFUSED);
        find(TextArea.class).id("decision-reasons").setValue("Niet passend.");
        test(find(Button.class).id("decision-save")).click();
        assertThat(outcome.isInvalid()).isTrue();
        assertThat(outcome.getErrorMessage())
                .startsWith("Een TLV vraagt het advies van twee verschillende deskundigen");
        assertThat(region.get(callers.current(), sbo.id()).status()).isEqualTo(RequestStatus.SUBMITTED);
    }

    @Test
    void anExpertSeesOnlyTheRequestsAssignedToThem() {
        signInAs("casemanager@waterlinie.demo");
        // the TLV for sbo no expert was assigned to yet (the demo's request past its term)
        UUID unassigned = queue().stream()
                .filter(r -> r.type() == RequestType.TLV_SBO && r.status() == RequestStatus.SUBMITTED)
                .findFirst()
                .orElseThrow()
                .id();
        TestSignIn.signOut();

        signInAs("orthopedagoog@waterlinie.demo");
        navigate(ExpertAdviceListView.class);
        List<UUID> assigned = experts.assigned(callers.current(), 0, 100).stream()
                .map(RequestSummary::id)
                .toList();
        assertThat(test(grid("expert-requests")).size()).isEqualTo(assigned.size());
        assertThat(assigned).isNotEmpty().doesNotContain(unassigned);
        navigate("adviezen/" + assigned.getFirst(), ExpertRequestView.class);
        navigate("adviezen/" + unassigned, NotFoundView.class);
        navigate("regio/aanvragen", AccessDeniedView.class);
    }

    @Test
    void theSchoolSeesItsRequestsAndOthersSeeNone() {
        signInAs("ib@waterlinie.demo");
        navigate(SchoolRequestsView.class);
        assertThat(test(grid("school-requests")).size()).isGreaterThanOrEqualTo(6);
        UUID one = test(grid("school-requests")).getRow(0).id();
        navigate("aanvragen/" + one, SchoolRequestView.class);
        TestSignIn.signOut();

        signInAs("zorg@heuvelrug.demo");
        navigate("aanvragen/" + one, NotFoundView.class);
        TestSignIn.signOut();

        signInAs("beleid@waterlinie.demo");
        navigate("regio/aanvragen", AccessDeniedView.class);
        navigate("aanvragen", AccessDeniedView.class);
        navigate("adviezen", AccessDeniedView.class);
    }
}
