package nl.uitzicht.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.uitzicht.AppTest;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.analysis.ChecklistItem;
import nl.uitzicht.analysis.Checklists;
import nl.uitzicht.dashboard.SchoolYear;
import nl.uitzicht.security.TestSignIn;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.ui.error.AccessDeniedView;
import nl.uitzicht.ui.kit.DataTable;
import nl.uitzicht.ui.kit.Latin1Html;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The board report without a browser, on the demo data: every section with its heading, its chart of the school
 * years (this one and the one before at least) and its table, and the PDF link; a trainer and school staff get the
 * access-denied page.
 */
@AppTest
@Tag("browserless")
class BoardReportViewBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    TestSignIn signIn;

    @Autowired
    SystemWork system;

    @Autowired
    RegionDirectory regions;

    @Autowired
    Checklists checklists;

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
    void showsEverySectionWithItsChartOverTheSchoolYearsAndOffersThePdf() {
        // the demo region's standard checklist (read as the system, before anyone signs in)
        ChecklistItem first = system.call(() -> TenantContext.callAs(
                        regions.findByCode("PO2999").orElseThrow().getId(), () -> checklists.standard()))
                .items()
                .getFirst();
        signInAs("beleid@waterlinie.demo");
        BoardReportView view = navigate(BoardReportView.class);
        SchoolYear current = SchoolYear.of(LocalDate.now(ZoneId.of("Europe/Amsterdam")));
        SchoolYear previous = new SchoolYear(current.startYear() - 1);
        for (String key : new String[] {
            "opps",
            "types",
            "checks",
            "inspectie",
            "consensus",
            "items",
            "goals",
            "length",
            "reasons",
            "destinations",
            "mirror"
        }) {
            Div section = find(Div.class).id("board-" + key);
            String heading = section.getElement().getChild(0).getProperty("innerHTML", "");
            assertThat(heading).as(key).contains("<h2>");
            assertThat(find(DataTable.class).id("board-" + key + "-table"))
                    .as(key)
                    .isNotNull();
        }
        // The charts (SVG drawn on the server, YearChartTest) go to the browser once, beside the tables.
        for (String key : new String[] {"opps", "checks", "consensus", "goals", "length", "mirror"}) {
            assertThat(find(Div.class).id("board-" + key + "-chart")).as(key).isNotNull();
        }
        // A column per school year: this one and the one before at least.
        assertThat(view.shownYears()).contains(previous, current);
        assertThat(find(Anchor.class).id("board-pdf").getElement().getAttribute("download"))
                .isNotNull();
        // The checklist items by their statement, as the scoring screens show them, the code only as a reference.
        String items = tableHtml("board-items-table");
        assertThat(items)
                .contains("<th scope=\"row\">"
                        + Latin1Html.escape("1. " + first.statement() + " (" + first.code() + ")") + "</th>")
                .doesNotContain("<th scope=\"row\">1. " + first.code() + "</th>");
    }

    /** The rows a table's {@code innerHTML} got: sent once with the answer, never kept on the server. */
    private String tableHtml(String id) {
        var table = find(DataTable.class).id(id).getElement().getNode();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(js -> js.getOwner() == table)
                .map(js -> String.valueOf(js.getInvocation().getParameters().getFirst()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void trainersAndSchoolStaffGetTheAccessDeniedPage() {
        for (String email : new String[] {"ib@waterlinie.demo", "trainer2@waterlinie.demo"}) {
            signIn.as(email);
            navigate("bestuursrapportage", AccessDeniedView.class);
            assertThat(find(Component.class).all()).noneMatch(c -> c instanceof BoardReportView);
            TestSignIn.signOut();
        }
    }
}
