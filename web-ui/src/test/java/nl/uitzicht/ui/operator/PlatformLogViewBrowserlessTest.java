package nl.uitzicht.ui.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.uitzicht.AppTest;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.PlatformLog;
import nl.uitzicht.audit.PlatformRecord;
import nl.uitzicht.provisioning.RegionLifecycle;
import nl.uitzicht.security.SignedInUser;
import nl.uitzicht.security.TestSignIn;
import nl.uitzicht.tenancy.RegionDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The operator's platform log: every lifecycle step with who did it; nobody else may read it. */
@AppTest
@Tag("browserless")
class PlatformLogViewBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    TestSignIn signIn;

    @Autowired
    RegionLifecycle lifecycle;

    @Autowired
    RegionDirectory regions;

    @Autowired
    PlatformLog log;

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
    }

    @Test
    void theOperatorReadsWhoSuspendedAndReactivatedARegion() {
        SignedInUser operator = signIn.as("operator@uitzicht.demo");
        UUID region = regions.findByCode("VO2999").orElseThrow().getId();
        Actor actor = new Actor(operator.accountId(), operator.displayName());
        lifecycle.suspend(region, actor);
        lifecycle.reactivate(region, actor);

        navigate(PlatformLogView.class);
        @SuppressWarnings("unchecked")
        Grid<PlatformRecord> grid = (Grid<PlatformRecord>) find(Grid.class).id("platform-log");
        var rows = IntStream.range(0, test(grid).size())
                .mapToObj(i -> test(grid).getRow(i))
                .map(r -> r.action() + " " + r.regionCode() + " " + r.actorName())
                .toList();
        assertThat(rows)
                .containsSubsequence(
                        "REGION_REACTIVATED VO2999 " + operator.displayName(),
                        "REGION_SUSPENDED VO2999 " + operator.displayName());
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Regio heropend");
    }

    @Test
    void aRegionAdministratorCannotReadThePlatformLog() {
        signIn.as("beheer@waterlinie.demo");
        assertThatThrownBy(() -> log.page(0, 50)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lifecycle.suspend(
                        regions.findByCode("VO2999").orElseThrow().getId(), new Actor(null, "x")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
