package nl.uitzicht.achterban;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class AudienceAnalysisTest {

    @Test
    void answersAreTrimmedAndBlankOnesAreLeftEmpty() {
        AudienceAnalysis analysis = new AudienceAnalysis(UUID.randomUUID());
        analysis.apply(new AudienceDraft("  ib'ers van drie scholen ", "   ", null, "\tWat kost het?\n", "Kern"));
        AudienceView view = analysis.view();
        assertThat(view.answers())
                .isEqualTo(new AudienceDraft("ib'ers van drie scholen", null, null, "Wat kost het?", "Kern"));
    }

    @Test
    void applyingAgainReplacesEveryAnswer() {
        AudienceAnalysis analysis = new AudienceAnalysis(UUID.randomUUID());
        analysis.apply(new AudienceDraft("a", "b", "c", "d", "e"));
        analysis.apply(new AudienceDraft(null, "b2", null, null, null));
        assertThat(analysis.view().answers()).isEqualTo(new AudienceDraft(null, "b2", null, null, null));
    }
}
