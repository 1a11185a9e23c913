package nl.uitzicht.ui.opp;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.uitzicht.AppTest;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.opp.OppSummary;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.security.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The OPP list's grid asks the service for pages (issue 13: the view keeps no rows): it shows the same
 * OPPs in the same order as the whole list, most recently changed first, on the demo data (read only).
 */
@AppTest
@Tag("browserless")
class OppListViewBrowserlessTest extends SpringBrowserlessTest {

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
    @SuppressWarnings("unchecked")
    void theLazyGridShowsEveryOppOfTheSchoolsInTheListsOrder() {
        signInAs("ib@waterlinie.demo");
        List<UUID> expected =
                plans.list(scopes.current()).stream().map(OppSummary::id).toList();
        assertThat(expected).hasSizeGreaterThan(5);

        navigate(OppListView.class);

        Grid<OppSummary> grid = find(Grid.class).id("opp-grid");
        assertThat(test(grid).size()).isEqualTo(expected.size());
        List<UUID> shown = IntStream.range(0, test(grid).size())
                .mapToObj(i -> test(grid).getRow(i).id())
                .toList();
        assertThat(shown).containsExactlyElementsOf(expected);
        assertThat(find(H2.class).all()).anyMatch(h -> h.getText().contains(Integer.toString(expected.size())));
    }

    @Test
    void pagesFollowOneAnotherWithoutGapsOrOverlapAlignedOrNot() {
        signInAs("ib@waterlinie.demo");
        StaffScope scope = scopes.current();
        List<UUID> expected = plans.list(scope).stream().map(OppSummary::id).toList();
        assertThat(plans.count(scope)).isEqualTo(expected.size());

        List<UUID> paged = new ArrayList<>();
        for (int offset = 0; offset < expected.size(); offset += 4) {
            plans.page(scope, offset, 4).forEach(o -> paged.add(o.id()));
        }
        assertThat(paged).containsExactlyElementsOf(expected);
        assertThat(plans.page(scope, 2, 4).stream().map(OppSummary::id).toList())
                .containsExactlyElementsOf(expected.subList(2, 6));
        assertThat(plans.page(scope, expected.size(), 4)).isEmpty();
    }
}
