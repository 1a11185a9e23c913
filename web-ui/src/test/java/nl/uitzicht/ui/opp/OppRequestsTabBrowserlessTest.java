package nl.uitzicht.ui.opp;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.uitzicht.AppTest;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.opp.OppState;
import nl.uitzicht.opp.OppSummary;
import nl.uitzicht.request.RequestDetail;
import nl.uitzicht.request.RequestSummary;
import nl.uitzicht.request.SchoolRequests;
import nl.uitzicht.security.TestSignIn;
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
 * The OPP page's "Aanvragen" tab without a browser, on the demo requests (read only): the requests built on this plan
 * with their type, status, due date and outcome, and the way to start a new one while the plan is open; built only
 * when the tab is opened.
 */
@AppTest
@Tag("browserless")
class OppRequestsTabBrowserlessTest extends SpringBrowserlessTest {

    static final int REQUESTS_TAB = 9;

    @Autowired
    TestSignIn signIn;

    @Autowired
    OppPlans plans;

    @Autowired
    SchoolRequests requests;

    @Autowired
    StaffScopes scopes;

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

    @Test
    @SuppressWarnings("unchecked")
    void theOppPageListsTheRequestsOnThisPlanAndStartsANewOne() {
        signInAs("ib@waterlinie.demo");
        RequestSummary first = requests.page(scopes.current(), 0, 50).getFirst();
        RequestDetail detail = requests.get(scopes.current(), first.id());
        UUID oppId = detail.oppId();
        Set<UUID> onThisPlan = requests.ofPlan(scopes.current(), oppId).stream()
                .map(RequestSummary::id)
                .collect(Collectors.toSet());
        assertThat(onThisPlan).contains(first.id());

        navigate(OppEditorView.class, oppId.toString());
        assertThat(find(Grid.class).withId("opp-requests-grid").exists())
                .as("built when its tab is opened, not before")
                .isFalse();
        TabSheet tabs = find(TabSheet.class).id("opp-tabs");
        assertThat(tabs.getTabAt(REQUESTS_TAB).getLabel()).isEqualTo("Aanvragen");
        tabs.setSelectedIndex(REQUESTS_TAB);

        Grid<RequestSummary> grid = find(Grid.class).id("opp-requests-grid");
        List<RequestSummary> rows = IntStream.range(0, test(grid).size())
                .mapToObj(i -> test(grid).getRow(i))
                .toList();
        assertThat(rows).extracting(RequestSummary::id).containsExactlyInAnyOrderElementsOf(onThisPlan);
        int row = rows.indexOf(
                rows.stream().filter(r -> r.id().equals(first.id())).findFirst().orElseThrow());
        assertThat(test(grid).getCellText(row, 0))
                .isEqualTo(UI.getCurrent().getTranslation("request.type." + first.type()));
        assertThat(test(grid).getCellText(row, 1))
                .isEqualTo(UI.getCurrent().getTranslation("request.status." + first.status()));
        assertThat(test(grid).getCellText(row, 3))
                .isEqualTo(
                        first.outcome() == null
                                ? ""
                                : UI.getCurrent().getTranslation("request.outcome." + first.outcome()));

        boolean open = plans.list(scopes.current()).stream()
                .filter(o -> o.id().equals(oppId))
                .map(OppSummary::state)
                .findFirst()
                .orElseThrow()
                .open();
        assertThat(find(RouterLink.class).withId("opp-requests-start").exists()).isEqualTo(open);
        if (open) {
            assertThat(find(RouterLink.class).id("opp-requests-start").getHref())
                    .isEqualTo("aanvragen/nieuw/" + oppId);
        }
    }

    @Test
    void aPlanWithoutRequestsSaysSoAndOffersToStartOne() {
        signInAs("ib@waterlinie.demo");
        Set<UUID> withRequests = requests.page(scopes.current(), 0, 200).stream()
                .map(r -> requests.get(scopes.current(), r.id()).oppId())
                .collect(Collectors.toSet());
        OppSummary without = plans.list(scopes.current()).stream()
                .filter(o -> o.state().open() && o.state() != OppState.DRAFT && !withRequests.contains(o.id()))
                .findFirst()
                .orElseThrow();
        navigate(OppEditorView.class, without.id().toString());
        find(TabSheet.class).id("opp-tabs").setSelectedIndex(REQUESTS_TAB);
        assertThat(find(Grid.class).withId("opp-requests-grid").exists()).isFalse();
        assertThat(find(Paragraph.class)
                        .withText(UI.getCurrent().getTranslation("request.opp.none"))
                        .exists())
                .isTrue();
        assertThat(find(RouterLink.class).id("opp-requests-start").getHref())
                .isEqualTo("aanvragen/nieuw/" + without.id());
    }
}
