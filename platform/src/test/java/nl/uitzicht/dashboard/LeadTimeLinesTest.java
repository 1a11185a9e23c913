package nl.uitzicht.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Decided, on time and late go together: one hidden hides the other two of its type (ADR 0095). */
class LeadTimeLinesTest {

    @Test
    void aSmallLateCountHidesItsTypesDecidedAndOnTimeAndTheShare() {
        List<RequestFigures.LeadTime> lead = LeadTimeLines.protect(
                List.of(
                        new LeadTimeLines.Raw("A", 20, 18, 30.0),
                        new LeadTimeLines.Raw("B", 10, 5, 50.0),
                        new LeadTimeLines.Raw("C", 12, 6, 40.0)),
                new LeadTimeLines.Raw(null, 42, 29, 35.0));
        // A: 2 late is small: A's decided and on time are hidden too, and so is the smallest other late (B's 5).
        assertThat(lead.get(0).decided().text()).isEqualTo("< 5");
        assertThat(lead.get(0).onTime().text()).isEqualTo("< 5");
        assertThat(lead.get(0).medianDays()).isNull();
        assertThat(lead.get(0).onTimeShare()).isNull();
        assertThat(lead.get(1).decided().text()).isEqualTo("< 5");
        assertThat(lead.get(2).decided().text()).isEqualTo("12");
        assertThat(lead.get(2).onTimeShare()).isEqualTo(50.0);
        assertThat(lead.get(2).medianDays()).isEqualTo(40.0);
        assertThat(lead.getLast().decided().text()).isEqualTo("42");
        assertThat(lead.getLast().onTimeShare()).isEqualTo(69.0);
    }

    @Test
    void nothingIsHiddenWhenEveryCountIsZeroOrAtLeastFive() {
        List<RequestFigures.LeadTime> lead = LeadTimeLines.protect(
                List.of(new LeadTimeLines.Raw("A", 10, 5, 12.5), new LeadTimeLines.Raw("B", 0, 0, null)),
                new LeadTimeLines.Raw(null, 10, 5, 12.5));
        assertThat(lead).extracting(l -> l.decided().text()).containsExactly("10", "0", "10");
        assertThat(lead.get(0).onTimeShare()).isEqualTo(50.0);
        assertThat(lead.get(1).onTimeShare()).isNull();
    }
}
