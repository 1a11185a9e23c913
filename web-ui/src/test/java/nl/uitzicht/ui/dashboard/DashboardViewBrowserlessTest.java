package nl.uitzicht.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import nl.uitzicht.AppTest;
import nl.uitzicht.dashboard.SchoolYear;
import nl.uitzicht.security.TestSignIn;
import nl.uitzicht.ui.kit.DataTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** The region dashboard without a browser, on the demo data: its filter bar and sections, and applying a filter. */
@AppTest
@Tag("browserless")
class DashboardViewBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    TestSignIn signIn;

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
    void showsEverySectionAndReloadsForTheChosenSchoolYear() {
        signInAs("beleid@waterlinie.demo");
        DashboardView view = navigate(DashboardView.class);
        for (String id : new String[] {
            "dashboard-mirror", "dashboard-rates", "dashboard-trend", "dashboard-quality", "dashboard-reach"
        }) {
            // read-only parts go to the browser as markup of one element each (issue 13): the heading first
            Div section = find(Div.class).id(id);
            assertThat(section.getElement().getChild(0).getProperty("innerHTML", ""))
                    .as(id)
                    .contains("<h2>");
            assertThat(section.getElement().getChildCount()).as(id).isGreaterThan(1);
        }
        assertThat(find(Paragraph.class).id("reach-summary").getText()).isNotBlank();
        Div mirrorBefore = find(Div.class).id("dashboard-mirror");

        @SuppressWarnings("unchecked")
        Select<SchoolYear> year = find(Select.class).id("filter-school-year");
        SchoolYear previous = new SchoolYear(year.getValue().startYear() - 1);
        test(year).selectItem(year.getItemLabelGenerator().apply(previous));
        test(find(Button.class).id("filter-apply")).click();

        assertThat(year.getValue()).isEqualTo(previous);
        Div mirrorAfter = find(Div.class).id("dashboard-mirror");
        assertThat(mirrorAfter).as("the sections are made anew for the filter").isNotSameAs(mirrorBefore);
        // the figures shown (and downloaded) are the chosen year's; the tables go to the browser as markup
        assertThat(view.shownReport().trend().rows().toString()).contains(previous.startYear() + "-08");
        assertThat(find(DataTable.class).id("trend-table").getElement().getClassList())
                .contains("dashboard-table");
    }
}
