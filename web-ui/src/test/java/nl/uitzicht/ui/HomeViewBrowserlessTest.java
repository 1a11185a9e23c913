package nl.uitzicht.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import nl.uitzicht.AppTest;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.security.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The home page per role, without a browser: the right cards with the region's real data. */
@AppTest
@Tag("browserless")
class HomeViewBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    TestSignIn signIn;

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
    }

    private List<String> schoolNames(String cardId) {
        Div card = find(Div.class).id(cardId);
        @SuppressWarnings("unchecked")
        Grid<SchoolSummary> grid = (Grid<SchoolSummary>)
                card.getChildren().filter(c -> c instanceof Grid).findFirst().orElseThrow();
        return test(grid).size() == 0
                ? List.of()
                : java.util.stream.IntStream.range(0, test(grid).size())
                        .mapToObj(i -> test(grid).getRow(i).name())
                        .toList();
    }

    @Test
    void aRegionAdministratorSeesAllSchoolsOfTheRegionOnly() {
        signIn.as("beheer@heuvelrug.demo");
        navigate("", com.vaadin.flow.component.Component.class);
        assertThat(find(Span.class).id("current-region").getText()).isEqualTo("SWV VO Heuvelrug (demo)");
        assertThat(schoolNames("card-admin"))
                .containsExactlyInAnyOrder(
                        "Heuvelrug College", "Heuvelrug College, vmbo", "Praktijkschool De Stek", "VSO De Boog");
        assertThat(find(Div.class).all())
                .noneMatch(d -> "card-policy".equals(d.getId().orElse(null)));
    }

    @Test
    void schoolStaffSeeTheirSchoolsAndNoOthers() {
        signIn.as("zorg@heuvelrug.demo");
        navigate("", com.vaadin.flow.component.Component.class);
        assertThat(schoolNames("card-staff")).containsExactlyInAnyOrder("Heuvelrug College", "Heuvelrug College, vmbo");
        assertThat(find(Div.class).all())
                .noneMatch(d -> "card-admin".equals(d.getId().orElse(null)));
    }

    @Test
    void schoolStaffSeeTheirWorklistFirstWithLinksToThePlans() {
        signIn.as("zorg@heuvelrug.demo");
        navigate("", com.vaadin.flow.component.Component.class);
        Div worklist = find(Div.class).id("card-worklist");
        List<String> links = find(Anchor.class).from(worklist).all().stream()
                .map(Anchor::getHref)
                .toList();
        assertThat(links).contains("opp").anyMatch(h -> h.startsWith("opp/plan/"));
        assertThat(links.stream().filter(h -> h.startsWith("opp/plan/"))).hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void aRegionAdministratorHasNoWorklist() {
        signIn.as("beheer@heuvelrug.demo");
        navigate("", com.vaadin.flow.component.Component.class);
        assertThat(find(Div.class).all())
                .noneMatch(d -> "card-worklist".equals(d.getId().orElse(null)));
    }
}
