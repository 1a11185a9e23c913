package nl.uitzicht.opp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import nl.uitzicht.pupil.PupilSummary;
import org.junit.jupiter.api.Test;

class OppPlanTest {

    private static OppPlan plan(OppState state) {
        LocalDate start = LocalDate.of(2026, 1, 5);
        return new OppPlan(
                UUID.randomUUID(),
                new PupilSummary(UUID.randomUUID(), UUID.randomUUID(), "Sanne", 2015, "7", start, null, 0),
                UUID.randomUUID(),
                state,
                new Deadlines(start, Deadlines.setByFor(start), null, null),
                3,
                ContentFixture.complete());
    }

    @Test
    void editableFollowsTheStateAndTheVersionNumberTheContent() {
        assertThat(plan(OppState.DRAFT).editable()).isTrue();
        assertThat(plan(OppState.AWAITING_CONSENT).editable()).isFalse();
        assertThat(plan(OppState.ACTIVE).editable()).isFalse();
        assertThat(plan(OppState.IN_EVALUATION).editable()).isTrue();
        assertThat(plan(OppState.DRAFT).versionNo()).isEqualTo(1);
    }
}
