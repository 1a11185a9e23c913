package nl.uitzicht.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.uitzicht.AppTest;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.dashboard.SchoolYear;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.Role;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.security.TestSignIn;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.RequestRows;
import nl.uitzicht.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The request dashboard without a browser, in a region of its own: every section, the figures of the year, and a
 * TLV the region decides is counted at the next look (issue 16's "the dashboard counts it").
 */
@AppTest
@Tag("browserless")
class RequestDashboardViewBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    TestSignIn signIn;

    @Autowired
    SystemWork system;

    @Autowired
    RegionDirectory regions;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    TestDatabases.FreshDatabase db;

    UUID region;
    UUID school;
    final LocalDate today = LocalDate.now();
    final SchoolYear year = SchoolYear.of(today);

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
    }

    private String regionWithPolicyOfficer() {
        String email = "beleid-" + UUID.randomUUID() + "@aanvragen.test";
        system.run(() -> {
            String code;
            do {
                code = "PO" + (5000 + ThreadLocalRandom.current().nextInt(4000));
            } while (regions.codeTaken(code));
            region = regions.register(code, "Regio Aanvragen", Sector.PO).getId();
            school = TenantContext.callAs(
                    region,
                    () -> schools.register("42AA", "00", "De Linde", SchoolType.BAO, null, 500)
                            .id());
            var officer = accounts.createAccount(email, "Bea Beleid", "een-lang-wachtwoord-2026");
            accounts.grant(officer.id(), region, Role.POLICY, Set.of());
        });
        return email;
    }

    /** A TLV for sbo submitted in the year and granted a month later. */
    private void decidedTlv(RequestRows rows) {
        LocalDate submitted = year.firstDay().plusDays(5);
        UUID id = rows.request(school, "TLV_SBO", submitted, submitted.plusWeeks(8), "SUBMITTED", null);
        rows.decide(id, "GRANTED", submitted.plusDays(30), submitted.plusDays(30), submitted.plusYears(1), null, null);
    }

    private String kpi(String id) {
        return find(Div.class).id(id).getElement().getProperty("innerHTML", "");
    }

    @SuppressWarnings("unchecked")
    @Test
    void showsEverySectionAndCountsATlvOnceTheRegionDecidedIt() {
        signIn.as(regionWithPolicyOfficer());
        RequestRows rows = new RequestRows(db, region);
        for (int i = 0; i < 5; i++) {
            decidedTlv(rows);
        }
        RequestDashboardView view = navigate(RequestDashboardView.class);
        for (String id : new String[] {
            "requests-by-type", "requests-outcomes", "tlv-trend", "lead-times", "spending", "basic-support-asks"
        }) {
            Div section = find(Div.class).id(id);
            assertThat(section.getElement().getChild(0).getProperty("innerHTML", ""))
                    .as(id)
                    .contains("<h2>");
        }
        assertThat(kpi("kpi-requests")).contains(">5<");
        assertThat(kpi("kpi-granted")).contains(">5<");
        // De Linde: 5 TLVs of 500 pupils, 1.0 per 100.
        assertThat(view.shownReport().tlvTrend().rows().getFirst())
                .containsExactly("De Linde", "0,0 (0)", "0,0 (0)", "0,0 (0)", "0,0 (0)", "1,0 (5)");

        // The region decides one more TLV: the next look counts it (the data version changed).
        decidedTlv(rows);
        Select<SchoolYear> select = find(Select.class).id("request-dashboard-year");
        test(select).selectItem(select.getItemLabelGenerator().apply(new SchoolYear(year.startYear() - 1)));
        test(select).selectItem(select.getItemLabelGenerator().apply(year));
        assertThat(kpi("kpi-granted")).contains(">6<");
        assertThat(view.shownReport().byType().rows().getFirst())
                .containsExactly("De Linde", "0", "0", "6", "0", "0", "6");
    }

    @Test
    void groupsUnderFiveShowAsSuppressedOnScreenAndInTheExport() {
        signIn.as(regionWithPolicyOfficer());
        RequestRows rows = new RequestRows(db, region);
        for (int i = 0; i < 3; i++) {
            decidedTlv(rows);
        }
        RequestDashboardView view = navigate(RequestDashboardView.class);
        assertThat(kpi("kpi-requests")).contains("&lt; 5").doesNotContain(">3<");
        assertThat(view.shownReport().byType().rows().toString()).doesNotContain("3");
        assertThat(view.shownReport().tlvTrend().rows().getFirst()).contains("< 5");
    }
}
